using AntiTrafficking.Indicators;
using AntiTrafficking.WebFrontend.Pages;

namespace AntiTrafficking.WebFrontend.Reporting;

/// <summary>
/// Periods as people write them: "Quý II/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm 2013", "Năm 2013";
/// in English "Q2 2013", "H1 2013", "2013". Text that is not a period is returned as it is.
/// </summary>
public static class PeriodNames
{
    private static readonly string[] RomanQuarters = ["I", "II", "III", "IV"];

    /// <summary>The name of a period in the page's language.</summary>
    public static string Of(string period) => Languages.IsEnglish ? English(period) : Vietnamese(period);

    /// <summary>The Vietnamese name of a period ("2013-Q2" → "Quý II/2013").</summary>
    public static string Vietnamese(string period) => !Period.TryParse(period, out var parsed) ? period : parsed.Kind switch
    {
        PeriodKind.Quarter => $"Quý {RomanQuarters[parsed.Number - 1]}/{parsed.Year}",
        PeriodKind.Half => $"6 tháng {(parsed.Number == 1 ? "đầu" : "cuối")} năm {parsed.Year}",
        _ => $"Năm {parsed.Year}",
    };

    /// <summary>The English name of a period ("2013-Q2" → "Q2 2013", "2013-H1" → "H1 2013", "2013" → "2013").</summary>
    public static string English(string period) => !Period.TryParse(period, out var parsed) ? period : parsed.Kind switch
    {
        PeriodKind.Quarter => $"Q{parsed.Number} {parsed.Year}",
        PeriodKind.Half => $"H{parsed.Number} {parsed.Year}",
        _ => $"{parsed.Year}",
    };
}
