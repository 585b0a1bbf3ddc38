using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.Privacy;
using AntiTrafficking.WebFrontend.Reference;
using Microsoft.AspNetCore.Mvc;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>A district's scorecard and its communes × indicators.</summary>
public sealed class DistrictModel(IGrainFactory grains, PeriodDefaults defaults, ProgramFiles files, SmallCounts counts) : UnitPageModel(grains, defaults, files)
{
    /// <summary>The district's scorecard.</summary>
    public ScorecardView District { get; private set; } = null!;

    /// <summary>The protection of the district's counts, together with the other districts of the province.</summary>
    public ProtectedCounts Protected { get; private set; } = null!;

    /// <summary>Its communes' scorecards.</summary>
    public MatrixModel Communes { get; private set; } = null!;

    /// <summary>Loads the scorecards; 404 for an unknown district.</summary>
    public async Task<IActionResult> OnGetAsync(string code, string? period)
    {
        var resolved = await ChoosePeriodAsync(period);
        try
        {
            (District, Protected) = await counts.DistrictAsync(code, resolved, User);
            var communes = await counts.CommunesAsync(code, resolved, User);
            Communes = new MatrixModel("commune-matrix", "Xã, phường, thị trấn", communes.Figures, "/xa/", resolved, communes.Counts, ShowsCounts: true);
            return Page();
        }
        catch (UnknownUnitException)
        {
            return NotFound();
        }
    }
}
