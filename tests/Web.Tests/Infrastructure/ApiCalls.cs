using System.Net;
using System.Net.Http.Json;
using System.Text;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Api;

namespace AntiTrafficking.Web.Tests.Infrastructure;

/// <summary>Calls of the /api/v1 endpoints as a client makes them.</summary>
internal static class ApiCalls
{
    public const string Api = "/api/v1";

    public static Task<HttpResponseMessage> PostCommandAsync(this HttpClient client, string path, object command) =>
        client.PostAsync(Api + path, JsonContent.Create(command, command.GetType(), options: TestJson.Options));

    public static Task<HttpResponseMessage> PostJsonTextAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(Api + path, new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>Posts a command and checks that it was accepted now (200, outcome accepted).</summary>
    public static async Task<CommandAccepted> AcceptAsync(this HttpClient client, string path, object command)
    {
        using var response = await client.PostCommandAsync(path, command);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {path} answered {(int)response.StatusCode}: {body}");
        var accepted = await response.Content.ReadFromJsonAsync<CommandAccepted>(TestJson.Options);
        Assert.Equal(CommandOutcome.Accepted, accepted!.Outcome);
        return accepted;
    }

    public static async Task<ScorecardView> ScorecardAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(Api + path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<ScorecardView>(TestJson.Options))!;
    }

    public static async Task<IReadOnlyList<ScorecardView>> ScorecardsAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(Api + path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<List<ScorecardView>>(TestJson.Options))!;
    }

    /// <summary>A GET's body as text, to compare what is stored before and after a refused command.</summary>
    public static async Task<string> ReadAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(Api + path);
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }

    public static async Task<ProblemBody> ProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<ProblemBody>(TestJson.Options))!;
    }
}
