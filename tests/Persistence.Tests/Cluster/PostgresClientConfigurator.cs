using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace AntiTrafficking.Persistence.Tests.Cluster;

/// <summary>The test client finds gateways in the PostgreSQL membership table, like a real client.</summary>
public sealed class PostgresClientConfigurator : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder)
    {
        var connectionString = configuration[PostgresSiloConfigurator.ConnectionStringKey]
            ?? throw new InvalidOperationException($"{PostgresSiloConfigurator.ConnectionStringKey} is not configured.");
        clientBuilder.UsePostgresClustering(connectionString);
    }
}
