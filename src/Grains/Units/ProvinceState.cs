using AntiTrafficking.Grains.Aggregation;

namespace AntiTrafficking.Grains.Units;

/// <summary>What a province stores: only the leaves attributed to it directly (its districts' part is rebuilt from them).</summary>
[GenerateSerializer, Alias("AntiTrafficking.Units.ProvinceState")]
public sealed class ProvinceState
{
    /// <summary>The latest snapshot of each leaf whose district is unknown, by leaf key.</summary>
    [Id(0)]
    public Dictionary<string, UnitSnapshot> Leaves { get; set; } = [];
}
