namespace AntiTrafficking.Indicators.Tests.Support;

/// <summary>Short ways to write dated series by hand.</summary>
internal static class Events
{
    public static DateOnly On(int year, int month, int day) => new(year, month, day);

    /// <summary>+1 on each date.</summary>
    public static DatedSeries Once(params DateOnly[] dates) => DatedSeries.From(dates.Select(date => (date, 1L)));

    /// <summary>The given changes.</summary>
    public static DatedSeries Changes(params (DateOnly Date, long Delta)[] changes) => DatedSeries.From(changes);

    /// <summary>A constant count, present since <see cref="DateOnly.MinValue"/> (units in scope, required documents).</summary>
    public static DatedSeries Always(long count) => DatedSeries.From([(DateOnly.MinValue, count)]);

    public static MeasureSet SetOf(params (string Name, DatedSeries Series)[] measures) =>
        measures.Aggregate(MeasureSet.Empty, (set, measure) => set.With(measure.Name, measure.Series));
}
