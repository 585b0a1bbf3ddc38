using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.WebFrontend.DataEntry;

/// <summary>A district and its communes, as the unit fields of the forms offer them.</summary>
/// <param name="District">The district.</param>
/// <param name="Communes">Its communes in GSO order.</param>
public sealed record DistrictUnits(UnitSummary District, IReadOnlyList<UnitSummary> Communes);

/// <summary>Names of the units of a list of districts with their communes.</summary>
public static class DistrictUnitNames
{
    /// <summary>"Phường Hà Khánh, Thành phố Hạ Long" for a commune, "Thành phố Hạ Long" for a district, else the code itself.</summary>
    public static string NameOf(this IReadOnlyList<DistrictUnits> districts, string? code)
    {
        foreach (var district in districts)
        {
            if (district.District.Code == code)
            {
                return Pages.Display.UnitTitle(district.District);
            }

            if (district.Communes.FirstOrDefault(c => c.Code == code) is { } commune)
            {
                return $"{Pages.Display.UnitTitle(commune)}, {Pages.Display.UnitTitle(district.District)}";
            }
        }

        return code ?? "";
    }
}
