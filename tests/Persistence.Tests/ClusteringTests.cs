using AntiTrafficking.Persistence.Tests.Cluster;
using AntiTrafficking.Persistence.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Messaging;

namespace AntiTrafficking.Persistence.Tests;

[Collection(PostgresCollection.Name)]
public sealed class ClusteringTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Two_silos_form_a_cluster_through_the_PostgreSQL_membership_table_and_serve_grain_calls()
    {
        await using var cluster = await PostgresTestCluster.StartAsync(
            postgres.ConnectionString, PostgresTestCluster.NewServiceId("clustering"), silos: 2);
        var clusterId = cluster.Options.ClusterId;

        var activeRows = await Eventually.WaitForAsync(
            () => Db.QueryAsync(postgres.ConnectionString,
                "SELECT address || ':' || port FROM orleans_membership WHERE deployment_id = @id AND status = 3 ORDER BY port",
                r => r.GetString(0), ("id", clusterId)),
            rows => rows.Count == 2, TimeSpan.FromSeconds(30), "two active silos in orleans_membership");
        Assert.Equal(cluster.Silos.Select(s => $"{s.SiloAddress.Endpoint.Address}:{s.SiloAddress.Endpoint.Port}").Order(), activeRows);
        var gateways = await cluster.Client.ServiceProvider.GetRequiredService<IGatewayListProvider>().GetGatewaysAsync();
        Assert.Equal(2, gateways.Count);

        var hosts = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => cluster.Client.GetGrain<IWhereAmIGrain>(i).GetSiloAsync()));

        Assert.Equal(cluster.Silos.Select(s => s.SiloAddress.ToString()).Order(), hosts.Distinct().Order());
    }
}
