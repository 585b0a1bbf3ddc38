using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Api;
using Microsoft.AspNetCore.Mvc;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>A commune's scorecard and outputs.</summary>
public sealed class CommuneModel(IGrainFactory grains, PeriodDefaults defaults) : UnitPageModel(grains, defaults)
{
    /// <summary>The commune's scorecard.</summary>
    public ScorecardView Commune { get; private set; } = null!;

    /// <summary>Its district, for the way back up.</summary>
    public UnitSummary? District { get; private set; }

    /// <summary>Loads the scorecard; 404 for an unknown commune.</summary>
    public async Task<IActionResult> OnGetAsync(string code, string? period)
    {
        var resolved = await ChoosePeriodAsync(period);
        var grain = Grains.GetGrain<ICommuneGrain>(code);
        try
        {
            Commune = await grain.GetScorecardAsync(resolved);
            var summary = await grain.GetSummaryAsync();
            District = summary.ParentCode is { } parent ? await Grains.GetGrain<IDistrictGrain>(parent).GetSummaryAsync() : null;
            return Page();
        }
        catch (UnknownUnitException)
        {
            return NotFound();
        }
    }
}
