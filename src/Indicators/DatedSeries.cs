namespace AntiTrafficking.Indicators;

/// <summary>
/// An immutable, date-sorted list of changes (deltas) of one measure. A flow (survey respondents)
/// is read with <see cref="Between"/>; a level (active reporters) with <see cref="AsOf"/>.
/// Series add pointwise, which is how a parent scope sums its children.
/// </summary>
public sealed class DatedSeries
{
    // Invariant: dates strictly increasing, no zero delta. _runningTotals[i] = sum of deltas 0..i.
    private readonly SeriesPoint[] _points;
    private readonly DateOnly[] _dates;
    private readonly long[] _runningTotals;

    private DatedSeries(SeriesPoint[] points)
    {
        _points = points;
        _dates = Array.ConvertAll(points, point => point.Date);
        _runningTotals = new long[points.Length];
        long total = 0;
        for (var i = 0; i < points.Length; i++)
        {
            total = checked(total + points[i].Delta);
            _runningTotals[i] = total;
        }

        Points = Array.AsReadOnly(points);
    }

    /// <summary>The series with no change at all.</summary>
    public static DatedSeries Empty { get; } = new([]);

    /// <summary>The changes in date order, one per date, none zero.</summary>
    public IReadOnlyList<SeriesPoint> Points { get; }

    /// <summary>True when the series has no change.</summary>
    public bool IsEmpty => _points.Length == 0;

    /// <summary>A series from changes in any order: changes on the same date merge, zero changes vanish.</summary>
    public static DatedSeries From(IEnumerable<(DateOnly Date, long Delta)> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var points = new List<SeriesPoint>(changes.TryGetNonEnumeratedCount(out var count) ? count : 4);
        foreach (var (date, delta) in changes)
        {
            points.Add(new SeriesPoint(date, delta));
        }

        return Normalised(points);
    }

    /// <summary>
    /// The series of <paramref name="points"/> (any order; reordered in place): sorted by date, same dates merged, zeros
    /// dropped. Changes already in strictly increasing date order, none zero (a snapshot's, a sum's), are taken as they
    /// are, without sorting: the parents sum their children's series at every change.
    /// </summary>
    private static DatedSeries Normalised(List<SeriesPoint> points)
    {
        var ordered = true;
        for (var i = 0; i < points.Count && ordered; i++)
        {
            ordered = points[i].Delta != 0 && (i == 0 || points[i - 1].Date < points[i].Date);
        }

        if (!ordered)
        {
            points.Sort(static (a, b) => a.Date.CompareTo(b.Date));
            var kept = 0;
            for (var i = 0; i < points.Count;)
            {
                var date = points[i].Date;
                long total = 0;
                for (; i < points.Count && points[i].Date == date; i++)
                {
                    total = checked(total + points[i].Delta);
                }

                if (total != 0)
                {
                    points[kept++] = new SeriesPoint(date, total);
                }
            }

            points.RemoveRange(kept, points.Count - kept);
        }

        return points.Count == 0 ? Empty : new DatedSeries([.. points]);
    }

    /// <summary>The pointwise sum of <paramref name="series"/>.</summary>
    public static DatedSeries Sum(IReadOnlyList<DatedSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        DatedSeries? only = null;
        var total = 0;
        foreach (var one in series)
        {
            if (!one.IsEmpty)
            {
                only = total == 0 ? one : null;
                total += one._points.Length;
            }
        }

        if (total == 0 || only is not null)
        {
            return only ?? Empty;
        }

        var points = new List<SeriesPoint>(total);
        foreach (var one in series)
        {
            points.AddRange(one._points);
        }

        return Normalised(points);
    }

    /// <summary>The same changes with the opposite sign: added to this series, it gives the empty series.</summary>
    public DatedSeries Negated() =>
        IsEmpty ? this : new DatedSeries(Array.ConvertAll(_points, point => new SeriesPoint(point.Date, checked(-point.Delta))));

    /// <summary>The first day of the quarter holding <paramref name="date"/> (<see cref="DateOnly.MinValue"/> stays itself).</summary>
    public static DateOnly QuarterStart(DateOnly date) => new(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1);

    /// <summary>
    /// The same series with each change moved to the first day of its quarter (changes of a quarter merged). Every
    /// period the engine scores (a year, a half, a quarter) starts on a quarter's first day and ends on a quarter's
    /// last, so <see cref="Total"/> is the same for every window and period; what is sent between grains then holds at
    /// most one point per quarter instead of one per day.
    /// </summary>
    public DatedSeries ByQuarter()
    {
        var quarterly = true;
        foreach (var point in _points)
        {
            quarterly &= point.Date == QuarterStart(point.Date);
        }

        return quarterly ? this : From(_points.Select(p => (QuarterStart(p.Date), p.Delta)));
    }

    /// <summary>
    /// The level of things active over intervals: +1 on <c>From</c>, −1 on <c>To</c>.
    /// An interval is active on days <c>From</c> to <c>To − 1</c>, so a person deactivated on
    /// date D is no longer active as of D. A null <c>To</c> means still active.
    /// </summary>
    /// <exception cref="ArgumentException">An interval ends before it starts.</exception>
    public static DatedSeries FromIntervals(IEnumerable<(DateOnly From, DateOnly? To)> intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var changes = new List<(DateOnly, long)>();
        foreach (var (from, to) in intervals)
        {
            if (to < from)
            {
                throw new ArgumentException($"An interval cannot end ({to}) before it starts ({from}).", nameof(intervals));
            }

            changes.Add((from, 1));
            if (to is { } end)
            {
                changes.Add((end, -1));
            }
        }

        return From(changes);
    }

    /// <summary>The pointwise sum of this series and <paramref name="other"/>.</summary>
    public DatedSeries Add(DatedSeries other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Sum([this, other]);
    }

    /// <summary>
    /// Reads this series as a level and returns a 0/1 series that is 1 while the level is at least
    /// <paramref name="threshold"/>: +1 on the date the level reaches it, −1 on the date it drops below.
    /// </summary>
    public DatedSeries AtLeast(long threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        var changes = new List<(DateOnly, long)>();
        long level = 0;
        var reached = false;
        foreach (var point in _points)
        {
            level += point.Delta;
            if ((level >= threshold) != reached)
            {
                reached = !reached;
                changes.Add((point.Date, reached ? 1 : -1));
            }
        }

        return From(changes);
    }

    /// <summary>The sum of the changes dated on or before <paramref name="end"/>: the level at the end of that day.</summary>
    public long AsOf(DateOnly end) => TotalOfFirst(CountOnOrBefore(end));

    /// <summary>The sum of the changes dated strictly before <paramref name="start"/>.</summary>
    public long Before(DateOnly start) => TotalOfFirst(CountBefore(start));

    /// <summary>The sum of the changes dated from <paramref name="start"/> to <paramref name="end"/>, both included.</summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public long Between(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException($"The end {end} is before the start {start}.", nameof(end));
        }

        return AsOf(end) - Before(start);
    }

    /// <summary>The sum of the changes that <paramref name="window"/> selects for <paramref name="period"/>.</summary>
    public long Total(MeasureWindow window, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return window switch
        {
            MeasureWindow.AsOfEnd => AsOf(period.End),
            MeasureWindow.Period => Between(period.Start, period.End),
            MeasureWindow.BeforeStart => Before(period.Start),
            _ => throw new ArgumentOutOfRangeException(nameof(window), window, "Unknown measure window."),
        };
    }

    private int CountOnOrBefore(DateOnly date)
    {
        var index = Array.BinarySearch(_dates, date);
        return index >= 0 ? index + 1 : ~index;
    }

    private int CountBefore(DateOnly date)
    {
        var index = Array.BinarySearch(_dates, date);
        return index >= 0 ? index : ~index;
    }

    private long TotalOfFirst(int count) => count == 0 ? 0 : _runningTotals[count - 1];
}
