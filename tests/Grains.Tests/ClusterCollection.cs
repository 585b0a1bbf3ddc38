namespace AntiTrafficking.Grains.Tests;

/// <summary>Tests that share one cluster; each uses its own units so that they do not see each other's data.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
