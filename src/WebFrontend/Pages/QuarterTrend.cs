using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Indicators;
using AntiTrafficking.WebFrontend.Privacy;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>
/// An indicator by quarter across the program against its target trajectory (issue 20.2): one line for the unit and,
/// on the province's view, one per district; drawn by trend-chart.js and shown as a table (_QuarterTrend).
/// Quarters that end before the program starts (no target) are left out.
/// </summary>
/// <param name="Indicator">IND-01 … IND-14.</param>
/// <param name="Quarters">"2011-Q4" … "2015-Q4".</param>
/// <param name="Targets">The target of each quarter (%).</param>
/// <param name="Lines">The unit first, then its districts.</param>
public sealed record QuarterTrend(string Indicator, IReadOnlyList<string> Quarters, IReadOnlyList<decimal?> Targets, IReadOnlyList<TrendLine> Lines)
{
    /// <summary>The province's line and every district's, as <paramref name="reader"/> may see them (<see cref="SmallCounts"/>).</summary>
    public static async Task<QuarterTrend> OfProvinceAsync(IGrainFactory grains, SmallCounts counts, string province, string indicator, ClaimsPrincipal reader)
    {
        var quarters = ProgramQuarters(await grains.GetGrain<IProvinceGrain>(province).GetProgramAsync());
        var cards = await Task.WhenAll(quarters.Select(async q => (Province: await counts.ProvinceAsync(province, q, reader), Districts: await counts.DistrictsAsync(province, q, reader))));
        return Build(indicator, quarters, [.. cards.Select(c => c.Province)],
            cards[0].Districts.Figures.Select(d => (d.UnitCode, d.NameVi,
                cards.Select(c => new Protected<ScorecardView>(c.Districts.Figures.First(x => x.UnitCode == d.UnitCode), c.Districts.Counts)).ToList())));
    }

    /// <summary>One unit's line, its scorecard of each quarter as the reader may see it, read by <paramref name="scorecard"/>.</summary>
    public static async Task<QuarterTrend> OfUnitAsync(IGrainFactory grains, string province, string indicator, Func<string, Task<Protected<ScorecardView>>> scorecard)
    {
        var quarters = ProgramQuarters(await grains.GetGrain<IProvinceGrain>(province).GetProgramAsync());
        return Build(indicator, quarters, await Task.WhenAll(quarters.Select(scorecard)), []);
    }

    /// <summary>The chart's data, for the data-chart attribute.</summary>
    public string ChartJson() => JsonSerializer.Serialize(new
    {
        quarters = Quarters.Select(Display.PeriodName),
        targets = Targets,
        lines = Lines.Select(l => new { name = l.Name, values = l.Values }),
    });

    private static QuarterTrend Build(
        string indicator, IReadOnlyList<string> quarters, IReadOnlyList<Protected<ScorecardView>> unit,
        IEnumerable<(string Code, string Name, List<Protected<ScorecardView>> Cards)> others)
    {
        IndicatorValue? Of(Protected<ScorecardView> card) => card.Figures.Indicators.FirstOrDefault(i => i.Code == indicator);
        // A value worked out from a count the reader may not see is hidden, as in the scorecards of the same period.
        bool Hidden(Protected<ScorecardView> card) => card.Counts.HidesValue(card.Figures.UnitCode, indicator);
        TrendLine Line(string code, string name, IReadOnlyList<Protected<ScorecardView>> cards, List<int> kept) =>
            new(code, name, [.. kept.Select(i => Hidden(cards[i]) ? null : Of(cards[i])?.Value)], [.. kept.Select(i => Hidden(cards[i]))]);
        var kept = Enumerable.Range(0, quarters.Count).Where(i => Of(unit[i])?.Target is not null).ToList();
        var lines = new List<TrendLine> { Line(unit[0].Figures.UnitCode, unit[0].Figures.NameVi, unit, kept) };
        lines.AddRange(others.Select(o => Line(o.Code, o.Name, o.Cards, kept)));
        return new(indicator, [.. kept.Select(i => quarters[i])], [.. kept.Select(i => Of(unit[i])?.Target)], lines);
    }

    private static List<string> ProgramQuarters(ProgramSummary program) =>
        [.. Enumerable.Range(program.FirstYear, program.LastYear - program.FirstYear + 1)
            .SelectMany(y => Enumerable.Range(1, 4).Select(q => Period.OfQuarter(y, q).ToString()))];
}

/// <summary>One unit's values of the indicator by quarter (null: no data, or hidden from this reader).</summary>
/// <param name="Hidden">Whether each quarter's value is hidden to protect a small count (shown as "ẩn").</param>
public sealed record TrendLine(string UnitCode, string Name, IReadOnlyList<decimal?> Values, IReadOnlyList<bool> Hidden);
