namespace AntiTrafficking.Grains.Tests.Enforcement;

/// <summary>The Project 2 scenario gets a cluster of its own: its province totals must see nothing else.</summary>
[CollectionDefinition(Name)]
public sealed class EnforcementScenarioCollection : ICollectionFixture<EnforcementScenarioFixture>
{
    public const string Name = "enforcement-scenario";
}
