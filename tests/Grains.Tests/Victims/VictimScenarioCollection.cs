namespace AntiTrafficking.Grains.Tests.Victims;

/// <summary>The Project 3 scenario gets a cluster of its own: its province totals must see nothing else.</summary>
[CollectionDefinition(Name)]
public sealed class VictimScenarioCollection : ICollectionFixture<VictimScenarioFixture>
{
    public const string Name = "victims-scenario";
}
