using System.Globalization;

namespace AntiTrafficking.WebFrontend.Reference;

/// <summary>Where a district's People's Committee sits (data/provinces/{code}/district-seats.csv), to place it on the schematic map.</summary>
/// <param name="Code">GSO district code.</param>
/// <param name="Seat">The ward or townlet of the seat.</param>
/// <param name="Latitude">WGS 84, decimal degrees (to about 0.01°).</param>
/// <param name="Longitude">WGS 84, decimal degrees (to about 0.01°).</param>
public sealed record DistrictSeat(string Code, string Seat, double Latitude, double Longitude)
{
    /// <summary>The seats of the file, by district code; empty when there is no file.</summary>
    public static IReadOnlyDictionary<string, DistrictSeat> Load(string file) =>
        !File.Exists(file)
            ? new Dictionary<string, DistrictSeat>()
            : File.ReadLines(file).Skip(1).Select(l => l.Split(','))
                .Where(f => f.Length >= 5)
                .Select(f => new DistrictSeat(f[0], f[2], double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture)))
                .ToDictionary(s => s.Code);
}
