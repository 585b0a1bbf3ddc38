using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.WebFrontend.Api;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>The three-sector statistics of the site's province for a period: each figure beside the case records, and every discrepancy.</summary>
public sealed class StatisticsModel(IGrainFactory grains, PeriodDefaults defaults) : PageModel
{
    /// <summary>The comparison.</summary>
    public ThreeSectorView Statistics { get; private set; } = null!;

    /// <summary>Periods offered in the selector.</summary>
    public IReadOnlyList<string> Periods { get; private set; } = [];

    /// <summary>The requested period, when it was malformed and the default was shown.</summary>
    public string? PeriodError { get; private set; }

    /// <summary>Loads the comparison.</summary>
    public async Task OnGetAsync(string? period)
    {
        var resolved = await defaults.ResolveAsync(period);
        if (resolved is null)
        {
            PeriodError = period;
            resolved = await defaults.ResolveAsync(null);
        }

        Statistics = await grains.GetGrain<IThreeSectorStatisticsGrain>($"{defaults.Province}:{resolved}").GetComparisonAsync();
        var program = await grains.GetGrain<IProvinceGrain>(defaults.Province).GetProgramAsync();
        Periods = Enumerable.Range(program.FirstYear, program.LastYear - program.FirstYear + 1)
            .SelectMany(y => new[] { $"{y}", $"{y}-H1", $"{y}-H2", $"{y}-Q1", $"{y}-Q2", $"{y}-Q3", $"{y}-Q4" })
            .ToList();
    }

    /// <summary>The Vietnamese name of an agency of the comparison (the key of its English text).</summary>
    public static string AgencyName(string code) => code switch
    {
        "CA" => "Công an",
        "VKS" => "Viện kiểm sát",
        "TA" => "Tòa án",
        "records" => "Hồ sơ vụ án",
        _ => code,
    };

    /// <summary>A submitted figure, or a dash when not submitted.</summary>
    public static string Figure(long? value) => value is { } v ? Display.Number(v) : "—";
}
