using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.Privacy;
using AntiTrafficking.WebFrontend.Reference;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>The map page (/ban-do): the districts coloured by the status of the chosen indicator (?indicator=) for the chosen period.</summary>
public sealed class MapModel(IGrainFactory grains, PeriodDefaults defaults, ProgramFiles files, SmallCounts counts) : UnitPageModel(grains, defaults, files)
{
    /// <summary>The map.</summary>
    public DistrictMap Map { get; private set; } = null!;

    /// <summary>The indicators offered (the districts' scorecard's).</summary>
    public IReadOnlyList<IndicatorValue> Indicators { get; private set; } = [];

    /// <summary>A message when the indicator asked for is not in the catalog, else null.</summary>
    public string? IndicatorError { get; private set; }

    /// <summary>Loads the districts' scorecards of the period.</summary>
    public async Task OnGetAsync(string? period, string? indicator)
    {
        var resolved = await ChoosePeriodAsync(period);
        var districts = await counts.DistrictsAsync(ProvinceCode, resolved, User);
        Indicators = districts.Figures.Count == 0 ? [] : districts.Figures[0].Indicators;
        var chosen = Indicators.FirstOrDefault(i => i.Code == indicator)?.Code;
        if (chosen is null && !string.IsNullOrEmpty(indicator))
        {
            IndicatorError = indicator;
        }

        Map = DistrictMap.Of(districts, chosen ?? Indicators.FirstOrDefault()?.Code ?? "IND-01", Files.DistrictSeats);
    }
}
