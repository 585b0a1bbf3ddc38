using System.Collections.Immutable;
using AntiTrafficking.Indicators;

namespace AntiTrafficking.Grains.Aggregation;

/// <summary>
/// A child's whole contribution to its parent: every measure it counts, as dated changes, with a version that
/// only grows. The parent keeps the latest snapshot per child and sums them, so a retried or duplicated push
/// changes nothing, a lost push is healed by the next one, and a parent can be rebuilt by asking its children.
/// </summary>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.UnitSnapshot")]
public sealed record UnitSnapshot(string UnitCode, long Version, ImmutableDictionary<string, ImmutableArray<SnapshotPoint>> Measures)
{
    /// <summary>
    /// Packs a measure set for sending, each change at the start of its quarter (<see cref="DatedSeries.ByQuarter"/>:
    /// exact for every period scored), so a snapshot weighs at most a point per quarter and measure, however many days
    /// of history it sums.
    /// </summary>
    public static UnitSnapshot From(string unitCode, long version, MeasureSet measures) =>
        new(unitCode, version, measures.Names.ToImmutableDictionary(
            name => name,
            name => measures.Get(name).ByQuarter().Points.Select(p => new SnapshotPoint(p.Date, p.Delta)).ToImmutableArray()));

    /// <summary>Unpacks the measures.</summary>
    public MeasureSet ToMeasureSet() =>
        Measures.Aggregate(MeasureSet.Empty, (set, m) => set.With(m.Key, DatedSeries.From(m.Value.Select(p => (p.Date, p.Delta)))));
}
