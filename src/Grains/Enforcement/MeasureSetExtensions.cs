using AntiTrafficking.Indicators;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>Builds a leaf's measures from its dated events.</summary>
internal static class MeasureSetExtensions
{
    /// <summary>Adds dated changes to a measure.</summary>
    public static MeasureSet Plus(this MeasureSet set, string measure, IEnumerable<(DateOnly Date, long Delta)> changes) =>
        set.With(measure, set.Get(measure).Add(DatedSeries.From(changes)));

    /// <summary>Adds +1 on <paramref name="date"/> when <paramref name="counts"/> holds.</summary>
    public static MeasureSet PlusOne(this MeasureSet set, string measure, DateOnly date, bool counts = true) =>
        counts ? set.Plus(measure, [(date, 1L)]) : set;
}
