using System.Text.Json;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.Privacy;
using AntiTrafficking.WebFrontend.Reference;
using Microsoft.AspNetCore.OutputCaching;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>The province scorecard and its districts for a period, and an indicator's trend by quarter; served from memory while nothing changed (<see cref="ProvincePageCache"/>).</summary>
[OutputCache(PolicyName = ProvincePageCache.Name)]
public sealed class IndexModel(IGrainFactory grains, PeriodDefaults defaults, ProgramFiles files, SmallCounts counts) : UnitPageModel(grains, defaults, files)
{
    /// <summary>The program followed.</summary>
    public ProgramSummary Program { get; private set; } = null!;

    /// <summary>The province scorecard.</summary>
    public ScorecardView Province { get; private set; } = null!;

    /// <summary>The protection of the province's counts.</summary>
    public ProtectedCounts ProvinceCounts { get; private set; } = null!;

    /// <summary>The districts' scorecards.</summary>
    public IReadOnlyList<ScorecardView> Districts { get; private set; } = [];

    /// <summary>The protection of the districts' counts, together.</summary>
    public ProtectedCounts DistrictCounts { get; private set; } = null!;

    /// <summary>The province's agencies, for the links to their pages.</summary>
    public IReadOnlyList<AgencyEntry> Agencies => Files.Agencies;

    /// <summary>The chart of the period's results against their targets, one bar per indicator (read by province-chart.js).</summary>
    public string ChartJson => JsonSerializer.Serialize(new
    {
        indicators = Province.Indicators.Select(i => i.Code),
        names = Province.Indicators.Select(Display.Name),
        values = Province.Indicators.Select(i => ProvinceCounts.HidesValue(Province.UnitCode, i.Code) ? null : i.Value),
        targets = Province.Indicators.Select(i => i.Target),
        statuses = Province.Indicators.Select(i => ProvinceCounts.HidesValue(Province.UnitCode, i.Code) ? "status-hidden" : Display.StatusClass(i.Status)),
    });

    /// <summary>The chosen indicator (?trend=, else the first) by quarter, the province's line and every district's, against its targets.</summary>
    public QuarterTrend Trend { get; private set; } = null!;

    /// <summary>The districts on the schematic map, coloured by the status of the trend's indicator.</summary>
    public DistrictMap Map { get; private set; } = null!;

    /// <summary>Loads the scorecards.</summary>
    public async Task OnGetAsync(string? period, string? trend)
    {
        var resolved = await ChoosePeriodAsync(period);
        var province = Grains.GetGrain<IProvinceGrain>(ProvinceCode);
        Program = await province.GetProgramAsync();
        (Province, ProvinceCounts) = await counts.ProvinceAsync(ProvinceCode, resolved, User);
        (Districts, DistrictCounts) = await counts.DistrictsAsync(ProvinceCode, resolved, User);
        Map = DistrictMap.Of(new(Districts, DistrictCounts), (Province.Indicators.FirstOrDefault(i => i.Code == trend) ?? Province.Indicators[0]).Code, Files.DistrictSeats);
        Trend = await QuarterTrend.OfProvinceAsync(Grains, counts, ProvinceCode, (Province.Indicators.FirstOrDefault(i => i.Code == trend) ?? Province.Indicators[0]).Code, User);
    }
}
