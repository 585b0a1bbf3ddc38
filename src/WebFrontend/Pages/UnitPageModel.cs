using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.WebFrontend.Api;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>A page about one unit for a period chosen in the query (the default period when none or a malformed one).</summary>
public abstract class UnitPageModel(IGrainFactory grains, PeriodDefaults defaults) : PageModel
{
    /// <summary>The grain factory.</summary>
    protected IGrainFactory Grains => grains;

    /// <summary>The site's province code.</summary>
    protected string ProvinceCode => defaults.Province;

    /// <summary>The periods offered and the one shown.</summary>
    public PeriodChoice Choice { get; private set; } = null!;

    /// <summary>Resolves the requested period and the periods of the site's program.</summary>
    protected async Task<string> ChoosePeriodAsync(string? period)
    {
        var resolved = await defaults.ResolveAsync(period);
        string? error = null;
        if (resolved is null)
        {
            error = $"Kỳ '{period}' không hợp lệ; đang hiển thị kỳ mặc định.";
            resolved = (await defaults.ResolveAsync(null))!;
        }

        var program = await grains.GetGrain<IProvinceGrain>(defaults.Province).GetProgramAsync();
        Choice = new PeriodChoice(PeriodChoice.Of(program), resolved, error);
        return resolved;
    }
}
