using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AntiTrafficking.Indicators;

namespace AntiTrafficking.WebFrontend.Exchange;

/// <summary>
/// Periods as DHIS2 and ADX write them: DHIS2 "2013", "2013S1", "2013Q2"; ADX an ISO 8601 start and duration
/// ("2013-01-01/P1Y", "2013-07-01/P6M", "2013-04-01/P3M"). Requests may also use this system's "2013-H1", "2013-Q2"
/// and a range of one kind, "2013Q1:2014Q2".
/// </summary>
public static class ExchangePeriods
{
    /// <summary>The most periods one export may cover (five years of quarters).</summary>
    public const int MaxPeriods = 20;

    /// <summary>The period's DHIS2 form: "2013", "2013S1", "2013Q2".</summary>
    public static string Dhis2(Period period) => period.Kind switch
    {
        PeriodKind.Half => $"{period.Year:D4}S{period.Number}",
        PeriodKind.Quarter => $"{period.Year:D4}Q{period.Number}",
        _ => $"{period.Year:D4}",
    };

    /// <summary>The period's ADX form: its first day and its length, "2013-04-01/P3M".</summary>
    public static string Adx(Period period) =>
        period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + period.Kind switch
        {
            PeriodKind.Half => "/P6M",
            PeriodKind.Quarter => "/P3M",
            _ => "/P1Y",
        };

    /// <summary>One period in either form ("2013S1" or "2013-H1"); false when the text is neither.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Period? period)
    {
        // "2013S1" → "2013-H1", "2013Q2" → "2013-Q2"; "2013" and the system's own forms are read as they are.
        if (text is { Length: 6 } && char.ToUpperInvariant(text[4]) is 'S' or 'Q')
        {
            text = $"{text[..4]}-{(char.ToUpperInvariant(text[4]) == 'S' ? 'H' : 'Q')}{text[5]}";
        }

        return Period.TryParse(text, out period);
    }

    /// <summary>
    /// Every period of one <c>period</c> value: a single period, or a range "from:to" of one kind, both included;
    /// false when it is neither, when the range runs backwards or mixes kinds.
    /// </summary>
    public static bool TryExpand(string text, [NotNullWhen(true)] out IReadOnlyList<Period>? periods)
    {
        periods = null;
        var ends = text.Split(':');
        if (ends.Length > 2 || !TryParse(ends[0], out var from))
        {
            return false;
        }

        var to = from;
        if (ends.Length == 2 && (!TryParse(ends[1], out to) || to.Kind != from.Kind || to.Start < from.Start))
        {
            return false;
        }

        var list = new List<Period>();
        for (var p = from; p.Start <= to.Start && list.Count <= MaxPeriods; p = Next(p))
        {
            list.Add(p);
        }

        periods = list;
        return true;
    }

    private static Period Next(Period period) => period.Kind switch
    {
        PeriodKind.Half => period.Number == 2 ? Period.OfHalf(period.Year + 1, 1) : Period.OfHalf(period.Year, 2),
        PeriodKind.Quarter => period.Number == 4 ? Period.OfQuarter(period.Year + 1, 1) : Period.OfQuarter(period.Year, period.Number + 1),
        _ => Period.OfYear(period.Year + 1),
    };
}
