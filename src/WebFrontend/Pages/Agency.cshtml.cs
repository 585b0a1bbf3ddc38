using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.Privacy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>An agency taking part in the program: the projects it leads or joins and the commands it has had accepted.</summary>
public sealed class AgencyModel(PeriodDefaults defaults, SmallCounts counts) : PageModel
{
    /// <summary>The agency's profile, as its reader may see it.</summary>
    public ShownAgencyProfile Agency { get; private set; } = null!;

    /// <summary>Loads the profile; 404 for an agency not in the province's file.</summary>
    public async Task<IActionResult> OnGetAsync(string code)
    {
        try
        {
            Agency = await counts.AgencyAsync(defaults.Province, code, User);
            return Page();
        }
        catch (UnknownUnitException)
        {
            return NotFound();
        }
    }
}
