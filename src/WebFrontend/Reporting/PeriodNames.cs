using AntiTrafficking.Indicators;

namespace AntiTrafficking.WebFrontend.Reporting;

/// <summary>Periods as an administrative report names them: "quý I năm 2013", "6 tháng đầu năm 2013", "năm 2013".</summary>
public static class PeriodNames
{
    /// <summary>The Vietnamese name of a period ("2013-Q1" → "quý I năm 2013").</summary>
    public static string Vietnamese(string period)
    {
        var parsed = Period.Parse(period);
        return parsed.Kind switch
        {
            PeriodKind.Quarter => $"quý {new[] { "I", "II", "III", "IV" }[parsed.Number - 1]} năm {parsed.Year}",
            PeriodKind.Half => $"6 tháng {(parsed.Number == 1 ? "đầu" : "cuối")} năm {parsed.Year}",
            _ => $"năm {parsed.Year}",
        };
    }
}
