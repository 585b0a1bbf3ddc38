namespace AntiTrafficking.Grains.Tests.Enforcement;

/// <summary>A cluster like <see cref="ClusterFixture"/>, seeded once with <see cref="EnforcementScenario"/>.</summary>
public sealed class EnforcementScenarioFixture : ClusterFixture, IAsyncLifetime
{
    internal EnforcementScenario Scenario { get; private set; } = null!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        Scenario = new EnforcementScenario(Grains);
        await Scenario.SeedAsync();
    }
}
