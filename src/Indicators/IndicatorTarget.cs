using System.Collections.ObjectModel;

namespace AntiTrafficking.Indicators;

/// <summary>
/// An indicator's targets: milestones set for year ends, a yearly target, or both.
/// <see cref="At"/> applies the plan's rule for any period end.
/// </summary>
public sealed class IndicatorTarget
{
    /// <summary>Targets from milestones (year → percentage at that year's 31 December) and/or a yearly percentage.</summary>
    /// <exception cref="ArgumentException">Neither milestones nor a yearly target.</exception>
    public IndicatorTarget(IReadOnlyDictionary<int, Fraction> milestones, Fraction? yearly)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        if (milestones.Count == 0 && yearly is null)
        {
            throw new ArgumentException("A target needs milestones, a yearly target, or both.", nameof(milestones));
        }

        Milestones = new ReadOnlyDictionary<int, Fraction>(new SortedDictionary<int, Fraction>(milestones.ToDictionary()));
        Yearly = yearly;
    }

    /// <summary>Year → target percentage at that year's 31 December, in year order.</summary>
    public IReadOnlyDictionary<int, Fraction> Milestones { get; }

    /// <summary>The target percentage of every period, where the plan sets one every year.</summary>
    public Fraction? Yearly { get; }

    /// <summary>
    /// The target percentage of a period ending on <paramref name="periodEnd"/>: none before the program start
    /// (the plan sets nothing for it), 0 on the start day;
    /// the milestone at a milestone's year end; else the yearly target; else the trajectory, linear in whole
    /// months from the previous milestone (or 0 at <paramref name="programStart"/>) to the next; after the last
    /// milestone, the last milestone.
    /// </summary>
    public Fraction? At(DateOnly periodEnd, DateOnly programStart)
    {
        if (periodEnd < programStart)
        {
            return null;
        }

        if (periodEnd == programStart)
        {
            return Fraction.Zero;
        }

        if (Milestones.TryGetValue(periodEnd.Year, out var milestone) && periodEnd == YearEnd(periodEnd.Year))
        {
            return milestone;
        }

        if (Yearly is { } yearly)
        {
            return yearly;
        }

        var (fromDate, fromValue) = (programStart, Fraction.Zero);
        foreach (var (year, value) in Milestones)
        {
            var toDate = YearEnd(year);
            if (toDate <= programStart)
            {
                continue;
            }

            if (toDate > periodEnd)
            {
                var span = MonthsBetween(fromDate, toDate);
                return span == 0 ? value : fromValue + (value - fromValue) * Fraction.Of(MonthsBetween(fromDate, periodEnd), span);
            }

            (fromDate, fromValue) = (toDate, value);
        }

        return fromValue;
    }

    // Whole months between month ends: (y2*12 + m2) − (y1*12 + m1).
    private static int MonthsBetween(DateOnly from, DateOnly to) => (to.Year * 12 + to.Month) - (from.Year * 12 + from.Month);

    private static DateOnly YearEnd(int year) => new(year, 12, 31);
}
