using AntiTrafficking.Indicators;

namespace AntiTrafficking.Grains.Aggregation;

/// <summary>
/// The latest snapshot of each child of a parent unit, and their sum. Once the sum is known, a newer snapshot of one
/// child changes it by that child's difference alone (its new measures less its previous ones), so the cost of a
/// change does not grow with the number of children or their history. The dictionary may be the parent's persisted
/// state (leaf contributions) or live only in memory (sub-units, which a parent rebuilds from them on activation).
/// </summary>
internal sealed class ChildSnapshots(Dictionary<string, UnitSnapshot> latest)
{
    private readonly Dictionary<string, UnitSnapshot> _latest = latest;
    private MeasureSet? _sum;

    public ChildSnapshots()
        : this([])
    {
    }

    /// <summary>Sum of the children's versions: it only grows, because each child's version only grows.</summary>
    public long Version { get; private set; } = latest.Values.Sum(s => s.Version);

    /// <summary>Whether <see cref="Offer"/> would keep <paramref name="snapshot"/>: it is newer than the one held.</summary>
    public bool IsNewer(UnitSnapshot snapshot) =>
        !_latest.TryGetValue(snapshot.UnitCode, out var held) || held.Version < snapshot.Version;

    /// <summary>Keeps the snapshot when it is newer than the one held; returns whether anything changed.</summary>
    public bool Offer(UnitSnapshot snapshot)
    {
        if (_latest.TryGetValue(snapshot.UnitCode, out var held) && held.Version >= snapshot.Version)
        {
            return false;
        }

        Version += snapshot.Version - (held?.Version ?? 0);
        _latest[snapshot.UnitCode] = snapshot;
        if (_sum is not null)
        {
            _sum = held is null
                ? _sum.Add(snapshot.ToMeasureSet())
                : MeasureSet.Sum([_sum, snapshot.ToMeasureSet(), held.ToMeasureSet().Negated()]);
        }

        return true;
    }

    /// <summary>The measures of one child, empty when it has not reported.</summary>
    public MeasureSet Of(string unitCode) =>
        _latest.TryGetValue(unitCode, out var snapshot) ? snapshot.ToMeasureSet() : MeasureSet.Empty;

    /// <summary>The version of one child's snapshot, 0 when it has not reported.</summary>
    public long VersionOf(string unitCode) => _latest.TryGetValue(unitCode, out var snapshot) ? snapshot.Version : 0;

    /// <summary>The sum of every child's measures.</summary>
    public MeasureSet Sum() => _sum ??= MeasureSet.Sum(_latest.Values.Select(s => s.ToMeasureSet()));
}
