using System.Globalization;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Privacy;
using AntiTrafficking.WebFrontend.Reference;
using Microsoft.Extensions.Localization;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>
/// The schematic map of the districts (issue 20.1): each district a marker at its seat's coordinates
/// (district-seats.csv; no boundary shapes could be bundled), coloured by the status of one indicator for one period as
/// the reader may see it, with its figures for the tooltip, the link and the table beside it. Its cells are formatted
/// by <see cref="ScorecardCell"/>, as every scorecard's and every pushed figure are.
/// </summary>
/// <param name="Indicator">The indicator shown.</param>
/// <param name="IndicatorName">Its name in the page's language.</param>
/// <param name="Period">The period shown.</param>
/// <param name="Districts">Every district of the province, in GSO order.</param>
/// <param name="Counts">The protection of the districts' counts, together, for this reader.</param>
public sealed record DistrictMap(string Indicator, string IndicatorName, string Period, IReadOnlyList<MapDistrict> Districts, ProtectedCounts Counts)
{
    /// <summary>The drawing's width and height (SVG user units).</summary>
    public const int Width = 800, Height = 440;

    // Longitudes and latitudes covered by the drawing; a degree of longitude is cos(21.2°) ≈ 0.93 of a degree of latitude.
    private const double West = 106.40, North = 21.64, Scale = 470, LongitudeFactor = 0.932;

    /// <summary>Whether some figures are hidden from this reader (the legend then explains "ẩn").</summary>
    public bool SmallCounts => Counts.Applies;

    /// <summary>The map of <paramref name="indicator"/> for the districts' scorecards of one period.</summary>
    public static DistrictMap Of(Protected<IReadOnlyList<ScorecardView>> districts, string indicator, IReadOnlyDictionary<string, DistrictSeat> seats)
    {
        var list = new List<MapDistrict>();
        var name = indicator;
        foreach (var card in districts.Figures)
        {
            var value = card.Indicators.FirstOrDefault(i => i.Code == indicator);
            if (value is null)
            {
                continue;
            }

            name = Display.Name(value);
            var (x, y) = seats.TryGetValue(card.UnitCode, out var seat) ? Project(seat) : (Width / 2.0, Height / 2.0);
            list.Add(new MapDistrict(card.UnitCode, card.NameVi, card.Period, x, y, value));
        }

        return new(indicator, name, districts.Figures.FirstOrDefault()?.Period ?? "", list, districts.Counts);
    }

    /// <summary>How <paramref name="district"/>'s figure is shown to this reader.</summary>
    public ScorecardCell CellOf(MapDistrict district, SmallCounts small, IStringLocalizer localizer) =>
        ScorecardCell.Of(district.Code, district.Figure, Counts, small, localizer);

    private static (double X, double Y) Project(DistrictSeat seat) =>
        (Math.Round(30 + ((seat.Longitude - West) * LongitudeFactor * Scale), 1), Math.Round(30 + ((North - seat.Latitude) * Scale), 1));
}

/// <summary>One district on the map.</summary>
/// <param name="Code">GSO code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Period">The period, for its link.</param>
/// <param name="X">Horizontal position of its seat in the drawing.</param>
/// <param name="Y">Vertical position of its seat.</param>
/// <param name="Figure">The indicator's figures, before their protection (shown through <see cref="DistrictMap.CellOf"/>).</param>
public sealed record MapDistrict(string Code, string Name, string Period, double X, double Y, IndicatorValue Figure)
{
    /// <summary>An SVG coordinate in invariant form.</summary>
    public static string Svg(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
