using Orleans.TestingHost;

namespace AntiTrafficking.Persistence.Tests.Cluster;

/// <summary>Starts Orleans test clusters whose membership, storage and reminders live in PostgreSQL.</summary>
internal static class PostgresTestCluster
{
    /// <summary>
    /// Deploys <paramref name="silos"/> silos plus a client. Reusing a <paramref name="serviceId"/> finds the state and
    /// reminders an earlier cluster stored; every start gets a fresh ClusterId, like a redeployment.
    /// </summary>
    public static async Task<TestCluster> StartAsync(string connectionString, string serviceId, short silos = 1)
    {
        var builder = new TestClusterBuilder(silos);
        builder.Options.ServiceId = serviceId;
        builder.Options.ClusterId = $"cluster-{Guid.NewGuid():N}";
        builder.Options.UseTestClusterMembership = false;
        builder.Options.ConfigureFileLogging = false;
        builder.Properties[PostgresSiloConfigurator.ConnectionStringKey] = connectionString;
        builder.AddSiloBuilderConfigurator<PostgresSiloConfigurator>();
        builder.AddClientBuilderConfigurator<PostgresClientConfigurator>();
        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public static string NewServiceId(string purpose) => $"{purpose}-{Guid.NewGuid():N}";
}
