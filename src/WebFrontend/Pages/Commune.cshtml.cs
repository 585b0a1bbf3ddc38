using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.Reference;
using AntiTrafficking.WebFrontend.Privacy;
using Microsoft.AspNetCore.Mvc;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>
/// A commune's scorecard and outputs, its counts protected together with the other communes of its district, and an
/// indicator's trend by quarter (as on the district's page), each quarter protected the same way.
/// </summary>
public sealed class CommuneModel(IGrainFactory grains, PeriodDefaults defaults, ProgramFiles files, SmallCounts counts) : UnitPageModel(grains, defaults, files)
{
    /// <summary>The commune's scorecard.</summary>
    public ScorecardView Commune { get; private set; } = null!;

    /// <summary>Its district, for the way back up.</summary>
    public UnitSummary? District { get; private set; }

    /// <summary>The protection of the district's commune counts, this commune's among them.</summary>
    public ProtectedCounts Protected { get; private set; } = null!;

    /// <summary>The chosen indicator (?trend=, else the first) by quarter across the program against its targets.</summary>
    public QuarterTrend Trend { get; private set; } = null!;

    /// <summary>Loads the scorecard and the trend; 404 for an unknown commune.</summary>
    public async Task<IActionResult> OnGetAsync(string code, string? period, string? trend)
    {
        var resolved = await ChoosePeriodAsync(period);
        try
        {
            var summary = await Grains.GetGrain<ICommuneGrain>(code).GetSummaryAsync();
            District = await Grains.GetGrain<IDistrictGrain>(summary.ParentCode!).GetSummaryAsync();
            // The commune's figures are taken from the same read as its siblings', so the protection fits what is shown.
            (Commune, Protected) = await counts.CommuneAsync(code, resolved, User);
            var indicator = Commune.Indicators.FirstOrDefault(i => i.Code == trend) ?? Commune.Indicators[0];
            Trend = await QuarterTrend.OfUnitAsync(Grains, ProvinceCode, indicator.Code, p => counts.CommuneAsync(code, p, User));
            return Page();
        }
        catch (UnknownUnitException)
        {
            return NotFound();
        }
    }
}
