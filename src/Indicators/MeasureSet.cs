using System.Collections.Immutable;

namespace AntiTrafficking.Indicators;

/// <summary>
/// The named dated measures of one scope (commune, district or province). Immutable.
/// A parent's set is the <see cref="Sum"/> of its children's sets plus its own, so district and
/// province indicators come from summed numerators and denominators, never averaged percentages.
/// </summary>
public sealed class MeasureSet
{
    private readonly ImmutableSortedDictionary<string, DatedSeries> _series;

    private MeasureSet(ImmutableSortedDictionary<string, DatedSeries> series) => _series = series;

    /// <summary>The set with no measure.</summary>
    public static MeasureSet Empty { get; } = new(ImmutableSortedDictionary.Create<string, DatedSeries>(StringComparer.Ordinal));

    /// <summary>The names of the measures that have at least one change, in ordinal order.</summary>
    public IEnumerable<string> Names => _series.Keys;

    /// <summary>The series named <paramref name="name"/>, or <see cref="DatedSeries.Empty"/> when absent.</summary>
    public DatedSeries Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _series.GetValueOrDefault(name, DatedSeries.Empty);
    }

    /// <summary>A copy where <paramref name="name"/> is <paramref name="series"/> (an empty series removes the name).</summary>
    public MeasureSet With(string name, DatedSeries series)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(series);
        return new MeasureSet(series.IsEmpty ? _series.Remove(name) : _series.SetItem(name, series));
    }

    /// <summary>The pointwise sum of this set and <paramref name="other"/>, measure by measure.</summary>
    public MeasureSet Add(MeasureSet other) => Sum([this, other]);

    /// <summary>The pointwise sum of <paramref name="sets"/>, measure by measure.</summary>
    public static MeasureSet Sum(IEnumerable<MeasureSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var seriesByName = new Dictionary<string, List<DatedSeries>>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            foreach (var (name, series) in set._series)
            {
                if (!seriesByName.TryGetValue(name, out var list))
                {
                    seriesByName[name] = list = [];
                }

                list.Add(series);
            }
        }

        var sum = ImmutableSortedDictionary.CreateBuilder<string, DatedSeries>(StringComparer.Ordinal);
        foreach (var (name, list) in seriesByName)
        {
            var series = DatedSeries.Sum(list);
            if (!series.IsEmpty)
            {
                sum[name] = series;
            }
        }

        return new MeasureSet(sum.ToImmutable());
    }

    /// <summary>The same measures with every change of the opposite sign: <c>a.Add(b).Add(b.Negated())</c> is <c>a</c>.</summary>
    public MeasureSet Negated()
    {
        var negated = ImmutableSortedDictionary.CreateBuilder<string, DatedSeries>(StringComparer.Ordinal);
        foreach (var (name, series) in _series)
        {
            negated[name] = series.Negated();
        }

        return new MeasureSet(negated.ToImmutable());
    }

    /// <summary>A plain, serializable copy: measure name → its changes in date order.</summary>
    public Dictionary<string, SeriesPoint[]> ToDictionary() =>
        _series.ToDictionary(entry => entry.Key, entry => entry.Value.Points.ToArray(), StringComparer.Ordinal);

    /// <summary>The set described by a plain copy made by <see cref="ToDictionary"/> (changes may be in any order).</summary>
    public static MeasureSet FromDictionary(IReadOnlyDictionary<string, SeriesPoint[]> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        return measures.Aggregate(
            Empty,
            (set, entry) => set.With(entry.Key, DatedSeries.From(entry.Value.Select(point => (point.Date, point.Delta)))));
    }
}
