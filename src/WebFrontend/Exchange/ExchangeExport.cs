using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Indicators;
using AntiTrafficking.WebFrontend.Reference;

namespace AntiTrafficking.WebFrontend.Exchange;

/// <summary>One number sent to DHIS2: an indicator's numerator or denominator for a unit and a period.</summary>
/// <param name="UnitCode">GSO code of the unit.</param>
/// <param name="Period">The period.</param>
/// <param name="OrgUnit">The unit's DHIS2 organisation unit UID.</param>
/// <param name="DataElement">The DHIS2 data element UID of the indicator's numerator or denominator.</param>
/// <param name="Value">The scorecard's numerator or denominator.</param>
public sealed record ExportedValue(string UnitCode, Period Period, string OrgUnit, string DataElement, long Value);

/// <summary>A unit or an indicator left out of an export because the mapping has no DHIS2 UID for it.</summary>
/// <param name="Object">The unit's GSO code or the indicator's code (IND-07).</param>
/// <param name="Property">orgUnit or dataElement: what the mapping lacks.</param>
/// <param name="MessageVi">What was skipped, in Vietnamese.</param>
/// <param name="MessageEn">What was skipped, in English.</param>
public sealed record ExchangeConflict(string Object, string Property, string MessageVi, string MessageEn);

/// <summary>
/// The scorecards of every unit of a level (or of one unit and the units of the level inside it) for some periods, as
/// the DHIS2 values of the mapping: each indicator with data (denominator above 0) gives two values, its numerator and
/// its denominator; a unit or indicator without a UID is skipped and named once in <see cref="Conflicts"/> (in code order).
/// </summary>
public sealed record ExchangeExport(IReadOnlyList<ExportedValue> Values, IReadOnlyList<ExchangeConflict> Conflicts)
{
    /// <summary>Reads the scorecards from the grains and maps them; null when <paramref name="orgUnit"/> is no unit of the level or above it.</summary>
    public static async Task<ExchangeExport?> LoadAsync(
        IGrainFactory grains, Dhis2Mapping mapping, string province, UnitLevel level, IReadOnlyList<Period> periods, string? orgUnit)
    {
        var filter = orgUnit is null ? null : mapping.UnitCode(orgUnit);
        var cards = new List<(Period Period, ScorecardView Card)>();
        foreach (var period in periods)
        {
            var text = period.ToString();
            cards.AddRange((await ScorecardsAsync(grains, province, level, text, filter)).Select(c => (period, c)));
        }

        if (filter is not null && filter != province && cards.Count == 0 && !await IsDistrictAsync(grains, province, filter))
        {
            return null;
        }

        var values = new List<ExportedValue>();
        var conflicts = new Dictionary<(string, string), ExchangeConflict>();
        foreach (var (period, card) in cards)
        {
            if (!mapping.OrgUnits.TryGetValue(card.UnitCode, out var unitUid))
            {
                conflicts.TryAdd((card.UnitCode, "orgUnit"), new(card.UnitCode, "orgUnit",
                    $"Bỏ qua {card.NameVi} ({card.UnitCode}): tệp ánh xạ DHIS2 chưa có UID của đơn vị này.",
                    $"Skipped {card.NameVi} ({card.UnitCode}): the DHIS2 mapping has no UID for this unit."));
                continue;
            }

            foreach (var indicator in card.Indicators.Where(i => i.Denominator > 0))
            {
                if (mapping.DataElements.GetValueOrDefault(indicator.Code) is not { Numerator: { } numerator, Denominator: { } denominator })
                {
                    conflicts.TryAdd((indicator.Code, "dataElement"), new(indicator.Code, "dataElement",
                        $"Bỏ qua chỉ tiêu {indicator.Code}: tệp ánh xạ DHIS2 chưa có phần tử dữ liệu cho tử số và mẫu số.",
                        $"Skipped indicator {indicator.Code}: the DHIS2 mapping has no data elements for its numerator and denominator."));
                    continue;
                }

                values.Add(new(card.UnitCode, period, unitUid, numerator, indicator.Numerator));
                values.Add(new(card.UnitCode, period, unitUid, denominator, indicator.Denominator));
            }
        }

        return new(values, [.. conflicts.Values.OrderBy(c => c.Object, StringComparer.Ordinal)]);
    }

    private static async Task<IEnumerable<ScorecardView>> ScorecardsAsync(IGrainFactory grains, string province, UnitLevel level, string period, string? filter)
    {
        var provinceGrain = grains.GetGrain<IProvinceGrain>(province);
        if (level == UnitLevel.Province)
        {
            return filter is null || filter == province ? [await provinceGrain.GetScorecardAsync(period)] : [];
        }

        // Each district's own grain, as /districts/{code}/scorecard answers (the province's list may lag it by a moment).
        var districts = (await provinceGrain.GetDistrictsAsync()).Select(d => d.Code).ToList();
        var asked = filter is null || filter == province || !districts.Contains(filter) ? districts : [filter];
        if (level == UnitLevel.District)
        {
            var cards = await Task.WhenAll(asked.Select(d => grains.GetGrain<IDistrictGrain>(d).GetScorecardAsync(period)));
            return cards.Where(c => filter is null || filter == province || c.UnitCode == filter);
        }

        var communes = await Task.WhenAll(asked.Select(d => grains.GetGrain<IDistrictGrain>(d).GetCommuneScorecardsAsync(period)));
        return communes.SelectMany(c => c).Where(c => filter is null || filter == province || districts.Contains(filter) || c.UnitCode == filter);
    }

    private static async Task<bool> IsDistrictAsync(IGrainFactory grains, string province, string code) =>
        (await grains.GetGrain<IProvinceGrain>(province).GetDistrictsAsync()).Any(d => d.Code == code);
}
