using System.Text.Json;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Indicators;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.Reference;
using Microsoft.AspNetCore.Mvc;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>One indicator: its value by district for the period, the province's yearly trend and every unit's quarterly trend against the targets.</summary>
public sealed class IndicatorModel(IGrainFactory grains, PeriodDefaults defaults, ProgramFiles files) : UnitPageModel(grains, defaults, files)
{
    /// <summary>The indicator at province level for the period.</summary>
    public IndicatorValue Province { get; private set; } = null!;

    /// <summary>The districts and their value of the indicator.</summary>
    public IReadOnlyList<(ScorecardView District, IndicatorValue Value)> Districts { get; private set; } = [];

    /// <summary>The province's value by year of the program.</summary>
    public IReadOnlyList<(string Year, IndicatorValue Value)> Years { get; private set; } = [];

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
        var current = (await province.GetScorecardAsync(resolved)).Indicators.FirstOrDefault(i => i.Code == code);
        if (current is null)
        {
            return NotFound();
        }

        Province = current;
        Districts = (await province.GetDistrictScorecardsAsync(resolved))
            .Select(d => (d, d.Indicators.FirstOrDefault(i => i.Code == code)))
            .Where(d => d.Item2 is not null)
            .Select(d => (d.d, d.Item2!))
            .ToList();
        var program = await province.GetProgramAsync();
        Wording = Files.Program(program.Code)?.Indicators.FirstOrDefault(i => i.Code == code)?.Wording;
        var years = new List<(string, IndicatorValue)>();
        for (var y = program.FirstYear; y <= program.LastYear; y++)
        {
            var year = y.ToString(System.Globalization.CultureInfo.InvariantCulture);
            years.Add((year, (await province.GetScorecardAsync(year)).Indicators.First(i => i.Code == code)));
        }

        Years = years;
        Trend = await QuarterTrend.OfProvinceAsync(Grains, ProvinceCode, code);
        ChartJson = JsonSerializer.Serialize(new
        {
            districts = Districts.Select(d => d.District.NameVi),
            districtValues = Districts.Select(d => d.Value.Value),
            districtColours = Districts.Select(d => Display.StatusClass(d.Value.Status)),
            years = Years.Select(y => y.Year),
            yearValues = Years.Select(y => y.Value.Value),
            yearTargets = Years.Select(y => y.Value.Target),
        });
        return Page();
    }
}
