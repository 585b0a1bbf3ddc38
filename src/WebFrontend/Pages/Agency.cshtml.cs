using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Agencies;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>An agency taking part in the program: the projects it leads or joins and the commands it has had accepted.</summary>
public sealed class AgencyModel(IGrainFactory grains, PeriodDefaults defaults) : PageModel
{
    /// <summary>The agency's profile.</summary>
    public AgencyProfile Agency { get; private set; } = null!;

    /// <summary>Loads the profile; 404 for an agency not in the province's file.</summary>
    public async Task<IActionResult> OnGetAsync(string code)
    {
        try
        {
            Agency = await grains.GetGrain<IAgencyGrain>($"{defaults.Province}:{code}").GetProfileAsync();
            return Page();
        }
        catch (UnknownUnitException)
        {
            return NotFound();
        }
    }
}
