using System.Globalization;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Privacy;
using AntiTrafficking.WebFrontend.Reference;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>
/// The schematic map of the districts (issue 20.1): each district a marker at its seat's coordinates
/// (district-seats.csv; no boundary shapes could be bundled), coloured by the status of one indicator for one period as
/// the reader may see it (<see cref="SmallCounts"/>), with its figures for the tooltip, the link and the table beside it.
/// </summary>
/// <param name="Indicator">The indicator shown.</param>
/// <param name="IndicatorName">Its name in the page's language.</param>
/// <param name="Period">The period shown.</param>
/// <param name="Districts">Every district of the province, in GSO order.</param>
/// <param name="SmallCounts">Whether some figures are hidden from this reader (the legend then explains "ẩn").</param>
public sealed record DistrictMap(string Indicator, string IndicatorName, string Period, IReadOnlyList<MapDistrict> Districts, bool SmallCounts)
{
    /// <summary>The drawing's width and height (SVG user units).</summary>
    public const int Width = 800, Height = 440;

    // Longitudes and latitudes covered by the drawing; a degree of longitude is cos(21.2°) ≈ 0.93 of a degree of latitude.
    private const double West = 106.40, North = 21.64, Scale = 470, LongitudeFactor = 0.932;

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
            var hidden = districts.Counts.HidesValue(card.UnitCode, indicator);
            var (x, y) = seats.TryGetValue(card.UnitCode, out var seat) ? Project(seat) : (Width / 2.0, Height / 2.0);
            list.Add(new MapDistrict(
                card.UnitCode, card.NameVi, card.Period, x, y, hidden ? null : value.Status, hidden ? null : value.Value,
                Count(districts.Counts, card.UnitCode, indicator, value.Numerator, districts.Counts.NumeratorOf(card.UnitCode, indicator)),
                Count(districts.Counts, card.UnitCode, indicator, value.Denominator, districts.Counts.DenominatorOf(card.UnitCode, indicator)),
                value.Target));
        }

        return new(indicator, name, districts.Figures.FirstOrDefault()?.Period ?? "", list, districts.Counts.Applies);
    }

    private static string Count(ProtectedCounts counts, string unit, string indicator, long count, CellState state) => state switch
    {
        CellState.Small => $"< {counts.Threshold}",
        CellState.Withheld => "ẩn",
        _ => Display.Number(count),
    };

    private static (double X, double Y) Project(DistrictSeat seat) =>
        (Math.Round(30 + ((seat.Longitude - West) * LongitudeFactor * Scale), 1), Math.Round(30 + ((North - seat.Latitude) * Scale), 1));
}

/// <summary>One district on the map.</summary>
/// <param name="Code">GSO code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Period">The period, for its link.</param>
/// <param name="X">Horizontal position of its seat in the drawing.</param>
/// <param name="Y">Vertical position of its seat.</param>
/// <param name="Status">Its status; null when hidden from this reader.</param>
/// <param name="Value">Its value (%); null when there is no data or it is hidden.</param>
/// <param name="Numerator">The numerator as shown ("< 5" or "ẩn" when protected).</param>
/// <param name="Denominator">The denominator as shown.</param>
/// <param name="Target">The target of the period.</param>
public sealed record MapDistrict(
    string Code, string Name, string Period, double X, double Y, IndicatorStatus? Status, decimal? Value, string Numerator, string Denominator, decimal? Target)
{
    /// <summary>The CSS class of its colour.</summary>
    public string StatusClass => Status is { } s ? Display.StatusClass(s) : "status-hidden";

    /// <summary>An SVG coordinate in invariant form.</summary>
    public static string Svg(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
