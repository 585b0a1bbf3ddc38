using AntiTrafficking.Cluster.Tests.Infrastructure;

namespace AntiTrafficking.Cluster.Tests;

/// <summary>One silo process and the web front end process on a throwaway PostgreSQL, shared by a test class.</summary>
public sealed class SingleSiloFixture : IAsyncLifetime
{
    private LocalCluster? _cluster;

    internal LocalCluster Cluster => _cluster ?? throw new InvalidOperationException("The fixture is not started.");

    public async Task InitializeAsync() => _cluster = await LocalCluster.StartAsync(silos: 1, web: true);

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
