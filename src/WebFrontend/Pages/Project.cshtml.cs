using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Agencies;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.Privacy;
using AntiTrafficking.WebFrontend.Reference;
using Microsoft.AspNetCore.Mvc;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>One project (đề án): its indicators at province level and by district, its outputs and its agencies.</summary>
public sealed class ProjectModel(IGrainFactory grains, PeriodDefaults defaults, ProgramFiles files, SmallCounts counts) : UnitPageModel(grains, defaults, files)
{
    /// <summary>The project number.</summary>
    public int Number { get; private set; }

    /// <summary>The plan's title of the project.</summary>
    public string Title { get; private set; } = "";

    /// <summary>The province scorecard restricted to the project's indicators and outputs.</summary>
    public ScorecardView Province { get; private set; } = null!;

    /// <summary>The protection of the province's counts.</summary>
    public ProtectedCounts ProvinceCounts { get; private set; } = null!;

    /// <summary>The districts × the project's indicators.</summary>
    public MatrixModel Districts { get; private set; } = null!;

    /// <summary>The agencies leading or joining the project.</summary>
    public IReadOnlyList<(AgencyProfile Agency, bool Leads)> Agencies { get; private set; } = [];

    /// <summary>Loads the project; 404 for a number that is not a project.</summary>
    public async Task<IActionResult> OnGetAsync(int number, string? period)
    {
        if (Projects.Title(number) is not { } title)
        {
            return NotFound();
        }

        Number = number;
        Title = title;
        var resolved = await ChoosePeriodAsync(period);
        var province = Grains.GetGrain<IProvinceGrain>(ProvinceCode);
        var program = await province.GetProgramAsync();
        var outputs = Files.Program(program.Code)?.Outputs.Where(o => o.Project == number).Select(o => o.Code).ToHashSet() ?? [];
        // Protected as a whole, as on every other page and in the API, then restricted to the project.
        var whole = await counts.ProvinceAsync(ProvinceCode, resolved, User);
        (Province, ProvinceCounts) = (Only(whole.Figures, outputs), whole.Counts);
        var districts = await counts.DistrictsAsync(ProvinceCode, resolved, User);
        Districts = new MatrixModel("project-districts", "Đơn vị", districts.Figures.Select(d => Only(d, outputs)).ToList(), "/huyen/", resolved, districts.Counts, ShowsCounts: false);
        var profiles = await Task.WhenAll(Files.Agencies.Select(a => AgencyAsync(a.Code)));
        Agencies = profiles.OfType<AgencyProfile>()
            .SelectMany(p => p.Projects.Where(r => r.Project == number).Select(r => (p, r.Leads)))
            .OrderByDescending(a => a.Leads)
            .ToList();
        return Page();
    }

    private ScorecardView Only(ScorecardView scorecard, HashSet<string> outputs) => scorecard with
    {
        Indicators = scorecard.Indicators.Where(i => i.Project == Number).ToImmutableArray(),
        Outputs = scorecard.Outputs.Where(o => outputs.Contains(o.Code)).ToImmutableArray(),
    };

    private async Task<AgencyProfile?> AgencyAsync(string code)
    {
        try
        {
            return await Grains.GetGrain<IAgencyGrain>($"{ProvinceCode}:{code}").GetProfileAsync();
        }
        catch (UnknownUnitException)
        {
            return null;
        }
    }
}
