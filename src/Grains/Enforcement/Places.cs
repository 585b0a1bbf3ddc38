using AntiTrafficking.Grains.Aggregation;
using AntiTrafficking.Grains.Reference;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>Where a tip, case or key area counts, from the unit code it was recorded with.</summary>
internal static class Places
{
    /// <summary>
    /// The attribution of a commune or district of the province, or of the province itself (where it arose is not
    /// known more precisely); null for any other code.
    /// </summary>
    public static Attribution? Resolve(ReferenceData reference, string provinceCode, string? unitCode)
    {
        if (string.IsNullOrWhiteSpace(unitCode))
        {
            return null;
        }

        if (unitCode == provinceCode)
        {
            return new Attribution(provinceCode);
        }

        if (reference.Communes.TryGetValue(unitCode, out var commune) && reference.Districts[commune.DistrictCode].ProvinceCode == provinceCode)
        {
            return new Attribution(provinceCode, commune.DistrictCode, commune.Code);
        }

        return reference.Districts.TryGetValue(unitCode, out var district) && district.ProvinceCode == provinceCode
            ? new Attribution(provinceCode, district.Code)
            : null;
    }
}
