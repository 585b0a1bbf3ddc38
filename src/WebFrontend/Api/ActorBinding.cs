using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.WebFrontend.Security;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>
/// The one place where a command body gets its acting party: from the signed-in user or API key, never from the body.
/// A body may leave <c>actor</c> out (it is filled in) or repeat it; a body naming anyone else is refused with 403
/// <c>actorMismatch</c> and nothing is sent.
/// </summary>
public static class ActorBinding
{
    private static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Reads a body of type <typeparamref name="T"/> strictly, with its <paramref name="actorProperty"/> set to the caller.</summary>
    public static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request, string actorProperty = "actor")
        where T : class
    {
        if (PartyClaims.Party(request.HttpContext.User) is not { } party)
        {
            return (null, Problems.Unauthenticated(request));
        }

        // The body is small (the API's size limit) and read once: checked as UTF-8 first, because the tree below
        // would read invalid bytes in a string as replacement characters instead of refusing them.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        var bytes = buffer.ToArray();
        if (!Utf8.IsValid(bytes))
        {
            return (null, Problems.MalformedJson(request, new JsonException("The body is not valid UTF-8.")));
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(bytes, CaseInsensitive);
        }
        catch (JsonException)
        {
            // Not JSON at all: the serializer names the property where it breaks, as it did before sign-in existed.
            return (null, Malformed<T>(request, bytes));
        }

        try
        {
            if (node is JsonObject body)
            {
                var caller = JsonSerializer.SerializeToNode(party, ApiJson.Commands)!.AsObject();
                if (body.ContainsKey(actorProperty))
                {
                    // Malformed first (the same answers as before sign-in existed), then whether it is the caller.
                    _ = JsonSerializer.Deserialize<T>(body, ApiJson.Commands);
                    if (body[actorProperty] is JsonObject given && !Agrees(given, party))
                    {
                        return (null, Problems.ActorMismatch(request, actorProperty));
                    }
                }

                body[actorProperty] = caller;
            }

            return (JsonSerializer.Deserialize<T>(node, ApiJson.Commands) ?? throw new JsonException("The body is null."), null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.MalformedJson(request, ex));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // An escaped lone surrogate ("\ud800") is read into the tree but cannot be written back as UTF-8.
            return (null, Problems.MalformedJson(request, new JsonException("The body holds text that is not valid Unicode.", ex)));
        }
    }

    private static IResult Malformed<T>(HttpRequest request, byte[] body)
    {
        try
        {
            JsonSerializer.Deserialize<T>(body, ApiJson.Commands);
            return Problems.MalformedJson(request, new JsonException("The body is not JSON."));
        }
        catch (JsonException ex)
        {
            return Problems.MalformedJson(request, ex);
        }
    }

    // Every field the body gives must be the caller's (an absent one is the caller's by definition).
    private static bool Agrees(JsonObject given, ActingParty caller)
    {
        var party = given.Deserialize<ActingParty>(ApiJson.Commands)!;
        bool Given(string name) => given.Any(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase));
        return party.UserId == caller.UserId
            && (!Given("agencyCode") || party.AgencyCode == caller.AgencyCode)
            && (!Given("role") || party.Role == caller.Role)
            && (!Given("districtCode") || party.DistrictCode == caller.DistrictCode);
    }
}
