using System.Globalization;
using System.Text.Json;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Indicators;

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
    /// <summary>The province's line and every district's.</summary>
    public static async Task<QuarterTrend> OfProvinceAsync(IGrainFactory grains, string province, string indicator)
    {
        var grain = grains.GetGrain<IProvinceGrain>(province);
        var quarters = ProgramQuarters(await grain.GetProgramAsync());
        var cards = await Task.WhenAll(quarters.Select(async q => (Province: await grain.GetScorecardAsync(q), Districts: await grain.GetDistrictScorecardsAsync(q))));
        return Build(indicator, quarters, cards.Select(c => c.Province).ToList(),
            cards[0].Districts.Select(d => (d.UnitCode, d.NameVi, cards.Select(c => c.Districts.First(x => x.UnitCode == d.UnitCode)).ToList())));
    }

    /// <summary>One unit's line, its scorecard of each quarter read by <paramref name="scorecard"/>.</summary>
    public static async Task<QuarterTrend> OfUnitAsync(IGrainFactory grains, string province, string indicator, Func<string, Task<ScorecardView>> scorecard)
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
        string indicator, IReadOnlyList<string> quarters, IReadOnlyList<ScorecardView> unit, IEnumerable<(string Code, string Name, List<ScorecardView> Cards)> others)
    {
        IndicatorValue? Of(ScorecardView card) => card.Indicators.FirstOrDefault(i => i.Code == indicator);
        var kept = Enumerable.Range(0, quarters.Count).Where(i => Of(unit[i])?.Target is not null).ToList();
        var lines = new List<TrendLine> { new(unit[0].UnitCode, unit[0].NameVi, [.. kept.Select(i => Of(unit[i])?.Value)]) };
        lines.AddRange(others.Select(o => new TrendLine(o.Code, o.Name, [.. kept.Select(i => Of(o.Cards[i])?.Value)])));
        return new(indicator, [.. kept.Select(i => quarters[i])], [.. kept.Select(i => Of(unit[i])?.Target)], lines);
    }

    private static List<string> ProgramQuarters(ProgramSummary program) =>
        [.. Enumerable.Range(program.FirstYear, program.LastYear - program.FirstYear + 1)
            .SelectMany(y => Enumerable.Range(1, 4).Select(q => Period.OfQuarter(y, q).ToString()))];
}

/// <summary>One unit's values of the indicator by quarter (null: no data).</summary>
public sealed record TrendLine(string UnitCode, string Name, IReadOnlyList<decimal?> Values);
