using System.Text.Json;
using System.Text.Json.Serialization;

namespace AntiTrafficking.Web.Tests.Infrastructure;

/// <summary>The API's JSON as a client writes it: camelCase names, ISO dates, enums as camelCase strings.</summary>
internal static class TestJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
