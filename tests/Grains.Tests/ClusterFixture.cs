using AntiTrafficking.Grains;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace AntiTrafficking.Grains.Tests;

/// <summary>One in-process silo with memory storage and the repository's real reference data, shared per collection.</summary>
public class ClusterFixture : IAsyncLifetime
{
    /// <summary>"Today" for the grains: 28 Nov 2026, 10:00 in Vietnam.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(StorageNames.Main, o => o.GrainStorageSerializer = new JsonGrainStorageSerializer());
            silo.UseInMemoryReminderService();
            silo.Services.AddSingleton(new CalendarClock(new FakeTimeProvider(Now)));
            silo.Services.AddAntiTraffickingGrains(DataFolder.Resolve(null));
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
