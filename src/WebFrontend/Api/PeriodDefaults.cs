using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.Indicators;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>
/// The period shown when none is asked for: the current year while the site's program runs, else its last year
/// (first year before it starts). The site's province is Site:Province (default "22", Quảng Ninh).
/// </summary>
public sealed class PeriodDefaults(IGrainFactory grains, IConfiguration config, TimeProvider time)
{
    /// <summary>The site's province code.</summary>
    public string Province => config["Site:Province"] ?? "22";

    /// <summary>The requested period, validated, or the default one.</summary>
    public async Task<string?> ResolveAsync(string? requested)
    {
        if (!string.IsNullOrWhiteSpace(requested))
        {
            return Period.TryParse(requested, out var parsed) ? parsed.ToString() : null;
        }

        var program = await grains.GetGrain<IProvinceGrain>(Province).GetProgramAsync();
        var year = Math.Clamp(VietnamTime.Today(time).Year, program.FirstYear, program.LastYear);
        return year.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
