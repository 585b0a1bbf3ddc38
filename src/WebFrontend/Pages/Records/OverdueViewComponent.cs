using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.WebFrontend.Security;
using Microsoft.AspNetCore.Mvc;

namespace AntiTrafficking.WebFrontend.Pages.Records;

/// <summary>
/// On the province and district pages, for signed-in users only: how many of the unit's tips, cases and received
/// persons are past the last day of their next step, with a link to the inbox. Renders nothing for the public.
/// </summary>
public sealed class OverdueViewComponent(IGrainFactory grains, IConfiguration config) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? districtCode)
    {
        if (PartyClaims.Party(HttpContext.User) is null)
        {
            return Content("");
        }

        var counts = await grains.GetGrain<IRecordListGrain>(config["Site:Province"] ?? "22").OverdueAsync(districtCode);
        return View((districtCode, counts));
    }
}
