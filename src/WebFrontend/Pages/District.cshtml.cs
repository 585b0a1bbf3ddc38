using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.Privacy;
using AntiTrafficking.WebFrontend.Reference;
using Microsoft.AspNetCore.Mvc;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>A district's scorecard, its communes × indicators and an indicator's trend by quarter.</summary>
public sealed class DistrictModel(IGrainFactory grains, PeriodDefaults defaults, ProgramFiles files, SmallCounts counts) : UnitPageModel(grains, defaults, files)
{
    /// <summary>The district's scorecard.</summary>
    public ScorecardView District { get; private set; } = null!;

    /// <summary>The protection of the district's counts, together with the other districts of the province.</summary>
    public ProtectedCounts Protected { get; private set; } = null!;

    /// <summary>Its communes' scorecards.</summary>
    public MatrixModel Communes { get; private set; } = null!;

    /// <summary>The chosen indicator (?trend=, else the first) by quarter across the program against its targets.</summary>
    public QuarterTrend Trend { get; private set; } = null!;

    /// <summary>Loads the scorecards; 404 for an unknown district.</summary>
    public async Task<IActionResult> OnGetAsync(string code, string? period, string? trend)
    {
        var resolved = await ChoosePeriodAsync(period);
        try
        {
            (District, Protected) = await counts.DistrictAsync(code, resolved, User);
            var communes = await counts.CommunesAsync(code, resolved, User);
            Communes = new MatrixModel("commune-matrix", "Xã, phường, thị trấn", communes.Figures, "/xa/", resolved, communes.Counts, ShowsCounts: true);
            var indicator = District.Indicators.FirstOrDefault(i => i.Code == trend) ?? District.Indicators[0];
            Trend = await QuarterTrend.OfUnitAsync(Grains, ProvinceCode, indicator.Code, p => counts.DistrictAsync(code, p, User));
            return Page();
        }
        catch (UnknownUnitException)
        {
            return NotFound();
        }
    }
}
