namespace AntiTrafficking.Grains.Tests.Victims;

/// <summary>A cluster like <see cref="ClusterFixture"/>, seeded once with <see cref="VictimScenario"/>.</summary>
public sealed class VictimScenarioFixture : ClusterFixture, IAsyncLifetime
{
    internal VictimScenario Scenario { get; private set; } = null!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        Scenario = new VictimScenario(Grains);
        await Scenario.SeedAsync();
    }
}
