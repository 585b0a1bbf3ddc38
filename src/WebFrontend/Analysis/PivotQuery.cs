using AntiTrafficking.Indicators;
using AntiTrafficking.WebFrontend.Exchange;

namespace AntiTrafficking.WebFrontend.Analysis;

/// <summary>The three dimensions of a pivot table.</summary>
public enum PivotDimension
{
    /// <summary>IND-01 … IND-14.</summary>
    Indicator,

    /// <summary>Province, districts, communes.</summary>
    Unit,

    /// <summary>Years, halves or quarters.</summary>
    Period,
}

/// <summary>What each cell shows.</summary>
public enum PivotShow
{
    /// <summary>The value (%).</summary>
    Value,

    /// <summary>Numerator / denominator.</summary>
    Fraction,

    /// <summary>The status against the target.</summary>
    Status,
}

/// <summary>A refusal of a pivot's query, in both languages.</summary>
/// <param name="Parameter">The query parameter at fault.</param>
/// <param name="MessageVi">Vietnamese.</param>
/// <param name="MessageEn">English.</param>
public sealed record PivotError(string Parameter, string MessageVi, string MessageEn);

/// <summary>
/// A pivot's choices, all in the query string so that a link shares it (issue 20.3): <c>ind</c> (indicators, comma
/// separated; none: all), <c>units</c> (a level — province, district, commune — or GSO codes, comma separated),
/// <c>periods</c> (periods or ranges of one kind, "2013Q1:2015Q4", "2013,2014", "2013-H1"), <c>rows</c> and <c>cols</c>
/// (indicator, unit or period; the third dimension is the filter and must hold one item), <c>show</c> (value,
/// fraction or status).
/// </summary>
public sealed record PivotQuery(
    IReadOnlyList<string> Indicators, string? Level, IReadOnlyList<string> Units, IReadOnlyList<Period> Periods,
    PivotDimension Rows, PivotDimension Columns, PivotShow Show)
{
    /// <summary>The most cells one table may hold.</summary>
    public const int MaxCells = 60_000;

    /// <summary>The dimension that is neither rows nor columns.</summary>
    public PivotDimension Filter => Enum.GetValues<PivotDimension>().Single(d => d != Rows && d != Columns);

    /// <summary>Reads the query string; the default is every indicator of the districts for each year of the program, indicators × districts, filtered to <paramref name="defaultPeriod"/>.</summary>
    public static (PivotQuery? Query, PivotError? Error) Parse(IQueryCollection query, string defaultPeriod)
    {
        string Get(string key) => query[key].ToString().Trim();
        var indicators = Get("ind").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (indicators.Any(i => !System.Text.RegularExpressions.Regex.IsMatch(i, "^IND-[0-9]{2}$")))
        {
            return Fail("ind", $"Chỉ tiêu '{Get("ind")}' không hợp lệ: ghi các mã IND-01 … IND-14, cách nhau bằng dấu phẩy.",
                $"Indicators '{Get("ind")}' are invalid: give codes IND-01 … IND-14, separated by commas.");
        }

        var unitsText = Get("units");
        string? level = null;
        List<string> units = [];
        if (unitsText.Length == 0 || unitsText is "province" or "district" or "commune")
        {
            level = unitsText.Length == 0 ? "district" : unitsText;
        }
        else
        {
            units = [.. unitsText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];
            if (units.Count == 0 || units.Any(u => u.Length is not (2 or 3 or 5) || !u.All(char.IsAsciiDigit)))
            {
                return Fail("units", $"Đơn vị '{unitsText}' không hợp lệ: ghi province, district, commune hoặc các mã GSO, cách nhau bằng dấu phẩy.",
                    $"Units '{unitsText}' are invalid: give province, district, commune or GSO codes, separated by commas.");
            }
        }

        var periodsText = Get("periods");
        var periods = new List<Period>();
        foreach (var part in (periodsText.Length == 0 ? defaultPeriod : periodsText).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!ExchangePeriods.TryExpand(part, out var expanded) || expanded.Count > ExchangePeriods.MaxPeriods)
            {
                return Fail("periods", $"Kỳ '{part}' không hợp lệ: ghi 2013, 2013-H1, 2013-Q2 hoặc một khoảng 2013Q1:2015Q4 (tối đa {ExchangePeriods.MaxPeriods} kỳ).",
                    $"Period '{part}' is invalid: give 2013, 2013-H1, 2013-Q2 or a range 2013Q1:2015Q4 (at most {ExchangePeriods.MaxPeriods} periods).");
            }

            periods.AddRange(expanded.Where(p => !periods.Contains(p)));
        }

        if (!TryDimension(Get("rows"), PivotDimension.Unit, out var rows) || !TryDimension(Get("cols"), PivotDimension.Indicator, out var columns) || rows == columns)
        {
            return Fail("rows", "Hàng và cột phải là hai chiều khác nhau trong: indicator (chỉ tiêu), unit (đơn vị), period (kỳ).",
                "Rows and columns must be two different dimensions of: indicator, unit, period.");
        }

        var showText = Get("show");
        if (!Enum.TryParse<PivotShow>(showText.Length == 0 ? "value" : showText, ignoreCase: true, out var show) || !Enum.IsDefined(show))
        {
            return Fail("show", $"Cách hiển thị '{showText}' không hợp lệ: value (giá trị), fraction (tử số/mẫu số) hoặc status (đánh giá).",
                $"Show '{showText}' is invalid: value, fraction or status.");
        }

        var parsed = new PivotQuery(indicators, level, units, periods, rows, columns, show);
        return (parsed, null);
    }

    /// <summary>This query as a query string ("?ind=…&amp;units=…"), the shareable link of the table.</summary>
    public string ToQueryString() =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["ind"] = string.Join(',', Indicators),
            ["units"] = Level ?? string.Join(',', Units),
            ["periods"] = string.Join(',', Periods.Select(p => p.ToString())),
            ["rows"] = Rows.ToString().ToLowerInvariant(),
            ["cols"] = Columns.ToString().ToLowerInvariant(),
            ["show"] = Show.ToString().ToLowerInvariant(),
        }).ToString();

    private static bool TryDimension(string text, PivotDimension fallback, out PivotDimension dimension)
    {
        dimension = fallback;
        return text.Length == 0 || (Enum.TryParse(text, ignoreCase: true, out dimension) && Enum.IsDefined(dimension));
    }

    private static (PivotQuery?, PivotError?) Fail(string parameter, string vi, string en) => (null, new PivotError(parameter, vi, en));
}
