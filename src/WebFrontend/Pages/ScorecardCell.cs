using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Privacy;
using Microsoft.Extensions.Localization;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>
/// How one indicator of one unit is shown in a scorecard or matrix cell, given the protection of its counts: the one
/// place the pages (_Scorecard, _Matrix, the province's district matrix) and the live relay format a cell, so that a
/// pushed figure reads exactly as the page renders it (small counts "&lt; 5" for the public, exact for signed-in users).
/// </summary>
/// <param name="Numerator">The numerator as shown ("6", "&lt; 5", "ẩn").</param>
/// <param name="Denominator">The denominator as shown.</param>
/// <param name="Value">The result in percent, or the withheld mark when a count is hidden.</param>
/// <param name="StatusClass">The CSS class of the status ("status-met", "status-hidden").</param>
/// <param name="StatusLabel">The status in the page's language ("Đạt", "Ẩn (số nhỏ)").</param>
/// <param name="Hidden">Whether the value and status are hidden because one of the counts is.</param>
public sealed record ScorecardCell(string Numerator, string Denominator, string Value, string StatusClass, string StatusLabel, bool Hidden)
{
    /// <summary>"numerator / denominator" as shown ("6 / 8", "&lt; 5 / 8", "ẩn / ẩn").</summary>
    public string Counts => $"{Numerator} / {Denominator}";

    /// <summary>The cell of <paramref name="indicator"/> in <paramref name="unit"/>; no protection given: shown as it is.</summary>
    public static ScorecardCell Of(
        string unit, IndicatorValue indicator, ProtectedCounts? counts, SmallCounts small, IStringLocalizer localizer)
    {
        var numerator = counts?.NumeratorOf(unit, indicator.Code) ?? CellState.Shown;
        var denominator = counts?.DenominatorOf(unit, indicator.Code) ?? CellState.Shown;
        var hidden = numerator != CellState.Shown || denominator != CellState.Shown;
        var withheld = localizer["ẩn"].Value;
        return new(
            small.Show(indicator.Numerator, numerator, withheld),
            small.Show(indicator.Denominator, denominator, withheld),
            hidden ? withheld : Display.Percent(indicator.Value),
            hidden ? "status-hidden" : Display.StatusClass(indicator.Status),
            hidden ? localizer["Ẩn (số nhỏ)"].Value : localizer[Display.StatusLabel(indicator.Status)].Value,
            hidden);
    }
}
