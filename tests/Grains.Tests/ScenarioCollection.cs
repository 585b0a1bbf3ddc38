namespace AntiTrafficking.Grains.Tests;

/// <summary>The province-wide scenario gets a cluster of its own: its province totals must see nothing else.</summary>
[CollectionDefinition(Name)]
public sealed class ScenarioCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "scenario";
}
