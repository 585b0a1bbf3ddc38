using System.Text.Json;
using System.Text.Json.Nodes;
using AntiTrafficking.GrainInterfaces;

namespace AntiTrafficking.Web.Tests.Infrastructure;

/// <summary>
/// Plumbing for the tests written before sign-in existed: an API request goes out with the key of the party its body
/// names as <c>actor</c> (or <c>reader</c>), else of <see cref="Commands.InformationDepartment"/>. New tests use
/// <see cref="WebFixture{TSilo}.ClientFor"/> explicitly.
/// </summary>
internal sealed class ActorKeyHandler(Func<ActingParty, Task<string?>> keyFor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri!.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal) && !request.Headers.Contains("X-Api-Key"))
        {
            var party = await NamedAsync(request) ?? Commands.InformationDepartment;
            var key = await keyFor(party) ?? await keyFor(Commands.InformationDepartment);
            request.Headers.Add("X-Api-Key", key);
        }

        return await base.SendAsync(request, cancellationToken);
    }

    private static async Task<ActingParty?> NamedAsync(HttpRequestMessage request)
    {
        if (request.Content is null)
        {
            return null;
        }

        try
        {
            var body = JsonNode.Parse(await request.Content.ReadAsStringAsync()) as JsonObject;
            var actor = body?["actor"] ?? body?["reader"];
            return actor?.Deserialize<ActingParty>(TestJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }
}
