using AntiTrafficking.Indicators;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>
/// A key area's contribution to IND-07: keyAreas.designated +1 on the designation date; and, for each year, half and
/// quarter in which a measure was applied and by whose end the area was designated, +1 on that period's first day
/// in keyAreas.measured.{year|half|quarter}. Several measures in one period count once.
/// </summary>
internal static class KeyAreaMeasures
{
    private static readonly PeriodKind[] Kinds = [PeriodKind.Year, PeriodKind.Half, PeriodKind.Quarter];

    public static MeasureSet From(KeyAreaState state) =>
        Kinds.Aggregate(
            MeasureSet.Empty.PlusOne(Measures.KeyAreasDesignated, state.DesignatedOn),
            (set, kind) => set.Plus(
                Measures.ForPeriodKind(Measures.KeyAreasMeasured, kind),
                state.MeasuresAppliedOn
                    .Select(date => PeriodOf(kind, date))
                    .Distinct()
                    .Where(period => state.DesignatedOn <= period.End)
                    .Select(period => (period.Start, 1L))));

    private static Period PeriodOf(PeriodKind kind, DateOnly date) => kind switch
    {
        PeriodKind.Half => Period.OfHalf(date.Year, date.Month <= 6 ? 1 : 2),
        PeriodKind.Quarter => Period.OfQuarter(date.Year, (date.Month + 2) / 3),
        _ => Period.OfYear(date.Year),
    };
}
