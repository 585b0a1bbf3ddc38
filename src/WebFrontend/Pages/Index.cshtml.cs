using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.Reference;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>The province scorecard and its districts for a period.</summary>
public sealed class IndexModel(IGrainFactory grains, PeriodDefaults defaults, ProgramFiles files) : PageModel
{
    /// <summary>The program followed.</summary>
    public ProgramSummary Program { get; private set; } = null!;

    /// <summary>The province scorecard.</summary>
    public ScorecardView Province { get; private set; } = null!;

    /// <summary>The districts' scorecards.</summary>
    public ImmutableArray<ScorecardView> Districts { get; private set; }

    /// <summary>Periods offered in the selector.</summary>
    public IReadOnlyList<string> Periods { get; private set; } = [];

    /// <summary>The province's agencies, for the links to their pages.</summary>
    public IReadOnlyList<AgencyEntry> Agencies => files.Agencies;

    /// <summary>Set when the requested period was malformed and the default was shown.</summary>
    public string? PeriodError { get; private set; }

    /// <summary>Loads the scorecards.</summary>
    public async Task OnGetAsync(string? period)
    {
        var resolved = await defaults.ResolveAsync(period);
        if (resolved is null)
        {
            PeriodError = $"Kỳ '{period}' không hợp lệ; đang hiển thị kỳ mặc định.";
            resolved = await defaults.ResolveAsync(null);
        }

        var province = grains.GetGrain<IProvinceGrain>(defaults.Province);
        Program = await province.GetProgramAsync();
        Province = await province.GetScorecardAsync(resolved!);
        Districts = await province.GetDistrictScorecardsAsync(resolved!);
        Periods = Enumerable.Range(Program.FirstYear, Program.LastYear - Program.FirstYear + 1)
            .SelectMany(y => new[] { $"{y}", $"{y}-H1", $"{y}-H2", $"{y}-Q1", $"{y}-Q2", $"{y}-Q3", $"{y}-Q4" })
            .ToList();
    }
}
