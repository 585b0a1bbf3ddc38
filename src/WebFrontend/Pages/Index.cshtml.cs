using System.Collections.Immutable;
using System.Text.Json;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.Reference;
using Microsoft.AspNetCore.OutputCaching;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>The province scorecard and its districts for a period, and an indicator's trend by quarter; served from memory while nothing changed (<see cref="ProvincePageCache"/>).</summary>
[OutputCache(PolicyName = ProvincePageCache.Name)]
public sealed class IndexModel(IGrainFactory grains, PeriodDefaults defaults, ProgramFiles files) : UnitPageModel(grains, defaults, files)
{
    /// <summary>The program followed.</summary>
    public ProgramSummary Program { get; private set; } = null!;

    /// <summary>The province scorecard.</summary>
    public ScorecardView Province { get; private set; } = null!;

    /// <summary>The districts' scorecards.</summary>
    public ImmutableArray<ScorecardView> Districts { get; private set; }

    /// <summary>The province's agencies, for the links to their pages.</summary>
    public IReadOnlyList<AgencyEntry> Agencies => Files.Agencies;

    /// <summary>The chart of the period's results against their targets, one bar per indicator (read by province-chart.js).</summary>
    public string ChartJson => JsonSerializer.Serialize(new
    {
        indicators = Province.Indicators.Select(i => i.Code),
        names = Province.Indicators.Select(Display.Name),
        values = Province.Indicators.Select(i => i.Value),
        targets = Province.Indicators.Select(i => i.Target),
        statuses = Province.Indicators.Select(i => Display.StatusClass(i.Status)),
    });

    /// <summary>The chosen indicator (?trend=, else the first) by quarter, the province's line and every district's, against its targets.</summary>
    public QuarterTrend Trend { get; private set; } = null!;

    /// <summary>Loads the scorecards.</summary>
    public async Task OnGetAsync(string? period, string? trend)
    {
        var resolved = await ChoosePeriodAsync(period);
        var province = Grains.GetGrain<IProvinceGrain>(ProvinceCode);
        Program = await province.GetProgramAsync();
        Province = await province.GetScorecardAsync(resolved);
        Districts = await province.GetDistrictScorecardsAsync(resolved);
        Trend = await QuarterTrend.OfProvinceAsync(Grains, ProvinceCode, (Province.Indicators.FirstOrDefault(i => i.Code == trend) ?? Province.Indicators[0]).Code);
    }
}
