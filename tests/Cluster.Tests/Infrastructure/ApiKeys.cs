using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Accounts;

namespace AntiTrafficking.Cluster.Tests.Infrastructure;

/// <summary>Clients of the web front end's JSON API acting with an API key issued through the grains, as an administrator would issue it.</summary>
internal static class ApiKeys
{
    private static readonly ActingParty Administrator = new("cluster-admin", null, ActorRole.Administrator);

    public static async Task<HttpClient> ClientAsync(LocalCluster cluster, ActingParty party)
    {
        var (_, key, error) = await cluster.Client.IssueApiKeyAsync(Administrator, party, "cluster tests", DateTimeOffset.UtcNow.AddDays(1));
        Assert.Null(error);
        var http = new HttpClient { BaseAddress = cluster.Web!.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add(ApiKeySecrets.Header, key);
        return http;
    }
}
