using System.Text.Json;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Indicators;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.Privacy;
using AntiTrafficking.WebFrontend.Reference;
using Microsoft.AspNetCore.Mvc;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>One indicator: its value by district for the period, the province's yearly trend and every unit's quarterly trend against the targets.</summary>
public sealed class IndicatorModel(IGrainFactory grains, PeriodDefaults defaults, ProgramFiles files, SmallCounts counts) : UnitPageModel(grains, defaults, files)
{
    /// <summary>The indicator at province level for the period, as its reader may see it.</summary>
    public ShownIndicator Province { get; private set; } = null!;

    /// <summary>The districts and their value of the indicator, as the reader may see them.</summary>
    public IReadOnlyList<(ShownScorecard District, ShownIndicator Value)> Districts { get; private set; } = [];

    /// <summary>The province's value by year of the program, as the reader may see it.</summary>
    public IReadOnlyList<(string Year, ShownIndicator Value)> Years { get; private set; } = [];

    /// <summary>The written definition from the program file, or null when the file gives none.</summary>
    public IndicatorWording? Wording { get; private set; }

    /// <summary>The indicator by quarter across the program, the province and each district, against the targets.</summary>
    public QuarterTrend Trend { get; private set; } = null!;

    /// <summary>The chart data, as JSON for the page's script.</summary>
    public string ChartJson { get; private set; } = "{}";

    /// <summary>Loads the indicator; 404 for a code not in the catalog.</summary>
    public async Task<IActionResult> OnGetAsync(string code, string? period)
    {
        var resolved = await ChoosePeriodAsync(period);
        var province = Grains.GetGrain<IProvinceGrain>(ProvinceCode);
        var current = Of(await counts.ProvinceAsync(ProvinceCode, resolved, User), code);
        if (current is null)
        {
            return NotFound();
        }

        Province = current;
        var districts = await counts.DistrictsAsync(ProvinceCode, resolved, User);
        Districts = districts.Figures.Select(districts.Counts.Show)
            .Select(d => (d, d.Indicators.FirstOrDefault(i => i.Code == code)))
            .Where(d => d.Item2 is not null)
            .Select(d => (d.d, d.Item2!))
            .ToList();
        var program = await province.GetProgramAsync();
        Wording = Files.Program(program.Code)?.Indicators.FirstOrDefault(i => i.Code == code)?.Wording;
        var years = new List<(string, ShownIndicator)>();
        for (var y = program.FirstYear; y <= program.LastYear; y++)
        {
            var year = y.ToString(System.Globalization.CultureInfo.InvariantCulture);
            years.Add((year, Of(await counts.ProvinceAsync(ProvinceCode, year, User), code)!));
        }

        Years = years;
        Trend = await QuarterTrend.OfProvinceAsync(Grains, counts, ProvinceCode, code, User);
        ChartJson = JsonSerializer.Serialize(new
        {
            districts = Districts.Select(d => d.District.NameVi),
            districtValues = Districts.Select(d => d.Value.Value),
            districtColours = Districts.Select(d => d.Value.Status is { } status ? Display.StatusClass(status) : "status-hidden"),
            years = Years.Select(y => y.Year),
            yearValues = Years.Select(y => y.Value.Value),
            yearTargets = Years.Select(y => y.Value.Target),
        });
        return Page();
    }

    private static ShownIndicator? Of(Protected<ScorecardView> province, string code) =>
        province.Counts.Show(province.Figures).Indicators.FirstOrDefault(i => i.Code == code);
}
