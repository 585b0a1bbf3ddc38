using AntiTrafficking.Grains.Reference;

namespace AntiTrafficking.Web.Tests.Infrastructure;

/// <summary>The districts of Quảng Ninh as listed in the repository's data/provinces/22/admin-units.csv.</summary>
internal static class AdminUnits
{
    /// <summary>District code → name, in file order.</summary>
    public static IReadOnlyDictionary<string, string> QuangNinhDistricts()
    {
        var lines = File.ReadAllLines(Path.Combine(DataFolder.Resolve(null), "provinces", "22", "admin-units.csv"));
        var header = lines[0].Split(',');
        var code = Array.IndexOf(header, "district_code");
        var name = Array.IndexOf(header, "district_name");
        var districts = new Dictionary<string, string>();
        foreach (var fields in lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')))
        {
            districts.TryAdd(fields[code], fields[name]);
        }

        return districts;
    }
}
