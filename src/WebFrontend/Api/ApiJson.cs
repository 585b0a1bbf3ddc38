using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>JSON rules of the API: camelCase, ISO dates, enums as camelCase strings, strict command bodies.</summary>
public static class ApiJson
{
    /// <summary>Options for reading command bodies: every field is required unless optional in the contract, and unknown fields are refused.</summary>
    public static JsonSerializerOptions Commands { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { Hardening.NullItemRefusal.Modify } },
    });

    /// <summary>Applies the API's shared settings to a set of options.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
