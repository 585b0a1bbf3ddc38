using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.Grains.Commands;

/// <summary>
/// The largest figure one record may carry: past it the figure is a typing slip, not a count, and is refused naming
/// the field and the bound. Each bound is well above what a commune, district, case or reporting period can have.
/// </summary>
internal static class CountBounds
{
    /// <summary>Copies of a material delivered to a commune at once.</summary>
    public const long Copies = 1_000_000;

    /// <summary>People of one record of a commune or district: a survey's respondents, a commune's officials, a campaign's arrests.</summary>
    public const long People = 100_000;

    /// <summary>People of one case: suspects, arrests, victims rescued, prosecuted or convicted.</summary>
    public const long PerCase = 1_000;

    /// <summary>A count of the three-sector statistics for one period of the province.</summary>
    public const long Statistics = 100_000;

    /// <summary>Null when <paramref name="value"/> is from 0 (1 when <paramref name="positive"/>) to <paramref name="max"/>; else its refusal.</summary>
    public static CommandError? Check(string field, long value, long max, bool positive = false) =>
        positive && value < 1 ? Refusals.NotPositive(field)
        : value < 0 ? Refusals.Negative(field)
        : value > max ? Refusals.TooLarge(field, max)
        : null;
}
