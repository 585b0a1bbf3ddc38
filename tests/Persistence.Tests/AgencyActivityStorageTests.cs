using System.Text.Json;
using AntiTrafficking.GrainInterfaces.Agencies;
using AntiTrafficking.Grains.Agencies;
using AntiTrafficking.Persistence.Tests.Cluster;

namespace AntiTrafficking.Persistence.Tests;

/// <summary>An agency credited by many units at once stores every credit once, in grouped writes, and keeps a bounded ledger.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AgencyActivityStorageTests(PostgresFixture postgres)
{
    [Fact]
    public async Task ConcurrentCreditsAreAllStoredOnceAndSurviveARestart()
    {
        var serviceId = PostgresTestCluster.NewServiceId("agency");
        var keys = Enumerable.Range(0, 300).Select(i => $"credit-{i}").ToList();
        await using (var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId))
        {
            var agency = cluster.Client.GetGrain<IAgencyActivity>("22:CA");

            // Every credit at once, each key twice (a command and its retry), as units across the province send them.
            await Task.WhenAll(keys.Concat(keys).Select(key => agency.RecordAsync(key, "OpenCase")));
        }

        await using (var restarted = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId))
        {
            var profile = await restarted.Client.GetGrain<IAgencyGrain>("22:CA").GetProfileAsync();
            Assert.Equal(300, profile.Activity["OpenCase"]);
            await restarted.Client.GetGrain<IAgencyActivity>("22:CA").RecordAsync("credit-7", "OpenCase");
            Assert.Equal(300, (await restarted.Client.GetGrain<IAgencyGrain>("22:CA").GetProfileAsync()).Activity["OpenCase"]);
        }

        using var stored = JsonDocument.Parse(Assert.Single(await Db.StoredStatesAsync(postgres.ConnectionString, serviceId, "agency")));
        Assert.Equal(300, stored.RootElement.GetProperty("activity").GetProperty("OpenCase").GetInt64());
        Assert.Equal(keys.Order(), stored.RootElement.GetProperty("counted").EnumerateArray().Select(k => k.GetString()!).Order());
    }
}
