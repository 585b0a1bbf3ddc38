using System.Collections.Immutable;
using System.Text.Json;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Indicators;

namespace AntiTrafficking.Grains.Reference;

/// <summary>
/// The provinces, districts, communes, agencies and programs read from the data folder at silo start
/// (<c>data/provinces/{code}/province.json</c> and the files it names). Reference data lives in files, not in
/// grain state: a restart re-reads them, so loading never duplicates anything and a corrected file corrects the
/// system. Nothing here knows about any particular province.
/// </summary>
public sealed class ReferenceData
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private ReferenceData(
        ImmutableDictionary<string, ProvinceInfo> provinces,
        ImmutableDictionary<string, DistrictInfo> districts,
        ImmutableDictionary<string, CommuneInfo> communes,
        ImmutableDictionary<string, AgencyInfo> agencies)
    {
        Provinces = provinces;
        Districts = districts;
        Communes = communes;
        Agencies = agencies;
    }

    /// <summary>Provinces by GSO code.</summary>
    public ImmutableDictionary<string, ProvinceInfo> Provinces { get; }

    /// <summary>Districts by GSO code.</summary>
    public ImmutableDictionary<string, DistrictInfo> Districts { get; }

    /// <summary>Communes by GSO code.</summary>
    public ImmutableDictionary<string, CommuneInfo> Communes { get; }

    /// <summary>Agencies by grain key (<see cref="AgencyKey"/>).</summary>
    public ImmutableDictionary<string, AgencyInfo> Agencies { get; }

    /// <summary>The agency grain key: agency codes are unique within a province, so the key names both.</summary>
    public static string AgencyKey(string provinceCode, string agencyCode) => $"{provinceCode}:{agencyCode}";

    /// <summary>The province a district or commune belongs to.</summary>
    public ProvinceInfo ProvinceOfDistrict(string districtCode) => Provinces[Districts[districtCode].ProvinceCode];

    /// <summary>The program a province follows, found by its code.</summary>
    public IndicatorProgram? FindProgram(string programCode) =>
        Provinces.Values.Select(p => p.Program).FirstOrDefault(p => p.Code == programCode);

    /// <summary>Loads every <c>provinces/*/province.json</c> under <paramref name="dataRoot"/>.</summary>
    public static ReferenceData Load(string dataRoot)
    {
        var provinceFiles = Directory.Exists(Path.Combine(dataRoot, "provinces"))
            ? Directory.GetFiles(Path.Combine(dataRoot, "provinces"), "province.json", SearchOption.AllDirectories).Order().ToArray()
            : [];
        if (provinceFiles.Length == 0)
        {
            throw new InvalidDataException(
                $"Không tìm thấy tệp provinces/*/province.json trong '{dataRoot}' / No provinces/*/province.json found under '{dataRoot}'.");
        }

        var provinces = ImmutableDictionary.CreateBuilder<string, ProvinceInfo>();
        var districts = ImmutableDictionary.CreateBuilder<string, DistrictInfo>();
        var communes = ImmutableDictionary.CreateBuilder<string, CommuneInfo>();
        var agencies = ImmutableDictionary.CreateBuilder<string, AgencyInfo>();
        foreach (var file in provinceFiles)
        {
            var folder = Path.GetDirectoryName(file)!;
            var header = Deserialize<ProvinceFile>(file);
            var units = LoadUnits(Path.Combine(folder, header.AdminUnits), header.Code, districts, communes);
            var program = IndicatorProgram.Load(Path.Combine(folder, header.Program));
            AddUnique(provinces, header.Code, new ProvinceInfo(header.Code, header.NameVi, header.NameEn, units, program), file);
            foreach (var agency in Deserialize<AgencyFile[]>(Path.Combine(folder, header.Agencies)))
            {
                var roles = agency.Projects.Select(p => new ProjectRole(p.Project, p.Role == "lead")).ToImmutableArray();
                AddUnique(agencies, AgencyKey(header.Code, agency.Code), new AgencyInfo(agency.Code, agency.NameVi, agency.NameEn, header.Code, roles), file);
            }
        }

        return new ReferenceData(provinces.ToImmutable(), districts.ToImmutable(), communes.ToImmutable(), agencies.ToImmutable());
    }

    private static ImmutableArray<string> LoadUnits(
        string path,
        string provinceCode,
        ImmutableDictionary<string, DistrictInfo>.Builder districts,
        ImmutableDictionary<string, CommuneInfo>.Builder communes)
    {
        var order = new List<string>();
        var byDistrict = new Dictionary<string, (string Name, string Type, List<string> Communes)>();
        foreach (var row in CsvReader.Read(path))
        {
            var districtCode = row["district_code"];
            if (!byDistrict.TryGetValue(districtCode, out var district))
            {
                district = (row["district_name"], row["district_type"], []);
                byDistrict.Add(districtCode, district);
                order.Add(districtCode);
            }

            var commune = new CommuneInfo(row["commune_code"], row["commune_name"], row["commune_type"], districtCode, row["border_with_china"]);
            AddUnique(communes, commune.Code, commune, path);
            district.Communes.Add(commune.Code);
        }

        foreach (var code in order)
        {
            var (name, type, communeCodes) = byDistrict[code];
            AddUnique(districts, code, new DistrictInfo(code, name, type, provinceCode, [.. communeCodes]), path);
        }

        return [.. order];
    }

    private static void AddUnique<T>(ImmutableDictionary<string, T>.Builder target, string key, T value, string file)
    {
        if (!target.TryAdd(key, value))
        {
            throw new InvalidDataException($"{file}: mã '{key}' bị trùng / duplicate code '{key}'.");
        }
    }

    private static T Deserialize<T>(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream, JsonOptions)
            ?? throw new InvalidDataException($"{path}: tệp rỗng / empty file.");
    }

    private sealed record ProvinceFile(string Code, string NameVi, string NameEn, string AdminUnits, string Agencies, string Program);

    private sealed record AgencyFile(string Code, string NameVi, string NameEn, AgencyProjectFile[] Projects);

    private sealed record AgencyProjectFile(int Project, string Role);
}
