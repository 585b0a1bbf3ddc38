using AntiTrafficking.Grains.Victims;
using AntiTrafficking.Persistence.Tests.Cluster;
using Orleans.TestingHost;

namespace AntiTrafficking.Persistence.Tests.Victims;

/// <summary>A PostgreSQL test cluster (as <see cref="PostgresTestCluster"/>) whose silos read the victims' key ring file.</summary>
internal static class VictimTestCluster
{
    public static async Task<TestCluster> StartAsync(string connectionString, string serviceId, string keyFile)
    {
        var builder = new TestClusterBuilder(1);
        builder.Options.ServiceId = serviceId;
        builder.Options.ClusterId = $"cluster-{Guid.NewGuid():N}";
        builder.Options.UseTestClusterMembership = false;
        builder.Options.ConfigureFileLogging = false;
        builder.Properties[PostgresSiloConfigurator.ConnectionStringKey] = connectionString;
        builder.Properties[VictimKeyRingSetup.KeyFileSetting] = keyFile;
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
}
