using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.Reference;
using AntiTrafficking.WebFrontend.Privacy;
using Microsoft.AspNetCore.Mvc;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>A commune's scorecard and outputs, its counts protected together with the other communes of its district.</summary>
public sealed class CommuneModel(IGrainFactory grains, PeriodDefaults defaults, ProgramFiles files, SmallCounts counts) : UnitPageModel(grains, defaults, files)
{
    /// <summary>The commune's scorecard.</summary>
    public ScorecardView Commune { get; private set; } = null!;

    /// <summary>Its district, for the way back up.</summary>
    public UnitSummary? District { get; private set; }

    /// <summary>The protection of the district's commune counts, this commune's among them.</summary>
    public ProtectedCounts Protected { get; private set; } = null!;

    /// <summary>Loads the scorecard; 404 for an unknown commune.</summary>
    public async Task<IActionResult> OnGetAsync(string code, string? period)
    {
        var resolved = await ChoosePeriodAsync(period);
        try
        {
            var summary = await Grains.GetGrain<ICommuneGrain>(code).GetSummaryAsync();
            District = await Grains.GetGrain<IDistrictGrain>(summary.ParentCode!).GetSummaryAsync();
            // The commune's figures are taken from the same read as its siblings', so the protection fits what is shown.
            (Commune, Protected) = await counts.CommuneAsync(code, resolved, User);
            return Page();
        }
        catch (UnknownUnitException)
        {
            return NotFound();
        }
    }
}
