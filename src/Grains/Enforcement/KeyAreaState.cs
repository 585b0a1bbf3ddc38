using AntiTrafficking.GrainInterfaces.Enforcement;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>A key route or area and the dates measures were applied in it.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Enforcement.KeyAreaState")]
public sealed class KeyAreaState : LeafState
{
    /// <summary>Route or area.</summary>
    [Id(0)]
    public KeyAreaKind Kind { get; set; }

    /// <summary>Its name.</summary>
    [Id(1)]
    public string Name { get; set; } = "";

    /// <summary>Date designated.</summary>
    [Id(2)]
    public DateOnly DesignatedOn { get; set; }

    /// <summary>Dates measures were applied (the descriptions are in the history).</summary>
    [Id(3)]
    public List<DateOnly> MeasuresAppliedOn { get; set; } = [];
}
