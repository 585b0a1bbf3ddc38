using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.Grains.Commands;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>What every tip, case and key area keeps: where it counts and its dated history.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Enforcement.LeafState")]
public abstract class LeafState : LedgerState
{
    /// <summary>The commune, district or province it belongs to; null until the first command creates it.</summary>
    [Id(0)]
    public string? UnitCode { get; set; }

    /// <summary>Every accepted step, in the order recorded.</summary>
    [Id(1)]
    public List<LifecycleStep> History { get; set; } = [];

    /// <summary>Units it counted in before a correction of its place; they are sent an empty snapshot.</summary>
    [Id(2)]
    public List<string> FormerUnits { get; set; } = [];
}
