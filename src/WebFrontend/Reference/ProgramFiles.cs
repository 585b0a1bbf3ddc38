using System.Text.Json;
using AntiTrafficking.Hosting;
using AntiTrafficking.Indicators;

namespace AntiTrafficking.WebFrontend.Reference;

/// <summary>
/// The site's reference files read by the web front end itself: the programs of the province
/// (data/provinces/{code}/program-*.json, with each indicator's written definition), its agencies, its districts' types
/// (admin-units.csv) and its mapping to the national DHIS2 instance (dhis2-mapping.json, see docs/exchange.md). The folder is
/// Data:Root, else the nearest "data" folder holding "provinces" above the working directory or the binaries.
/// </summary>
public sealed class ProgramFiles
{
    private readonly Lazy<(IReadOnlyList<IndicatorProgram> Programs, IReadOnlyList<AgencyEntry> Agencies, IReadOnlyDictionary<string, string> DistrictTypes)> _files;
    private readonly Lazy<Dhis2Mapping> _dhis2;
    private readonly Lazy<IReadOnlyDictionary<string, DistrictSeat>> _seats;

    /// <summary>Reads the files on first use.</summary>
    public ProgramFiles(IConfiguration config)
    {
        var province = config["Site:Province"] ?? "22";
        var folder = new Lazy<string>(() => Path.Combine(DataFolder.Resolve(config["Data:Root"]), "provinces", province));
        _files = new(() => Read(folder.Value));
        _dhis2 = new(() => Dhis2Mapping.Load(Path.Combine(folder.Value, "dhis2-mapping.json")));
        _seats = new(() => DistrictSeat.Load(Path.Combine(folder.Value, "district-seats.csv")));
    }

    /// <summary>The province's programs, earliest first.</summary>
    public IReadOnlyList<IndicatorProgram> Programs => _files.Value.Programs;

    /// <summary>The province's agencies, in file order.</summary>
    public IReadOnlyList<AgencyEntry> Agencies => _files.Value.Agencies;

    /// <summary>A district's type as admin-units.csv gives it (city, town or district), or null for a code not in it.</summary>
    public string? DistrictType(string code) => _files.Value.DistrictTypes.GetValueOrDefault(code);

    /// <summary>An agency's name in the page's language; for none, the district or commune officer who acted.</summary>
    public string AgencyName(string? code) =>
        code is null ? (Pages.Languages.IsEnglish ? "a district or commune officer" : "cán bộ huyện, xã")
        : Agencies.FirstOrDefault(a => a.Code == code) is { } agency ? (Pages.Languages.IsEnglish ? agency.NameEn : agency.NameVi) : code;

    /// <summary>The province's codes of units and indicators → the national DHIS2 instance's UIDs (empty without the file).</summary>
    public Dhis2Mapping Dhis2Mapping => _dhis2.Value;

    /// <summary>Where each district's committee sits (district-seats.csv), for the schematic map; empty without the file.</summary>
    public IReadOnlyDictionary<string, DistrictSeat> DistrictSeats => _seats.Value;

    /// <summary>The program with this code, or null.</summary>
    public IndicatorProgram? Program(string? code) => Programs.FirstOrDefault(p => p.Code == code);

    private static (IReadOnlyList<IndicatorProgram>, IReadOnlyList<AgencyEntry>, IReadOnlyDictionary<string, string>) Read(string folder)
    {
        var programs = Directory.GetFiles(folder, "program-*.json").Select(IndicatorProgram.Load).OrderBy(p => p.FirstYear).ToList();
        var agenciesFile = Path.Combine(folder, "agencies.json");
        var agencies = File.Exists(agenciesFile)
            ? JsonSerializer.Deserialize<List<AgencyEntry>>(File.ReadAllText(agenciesFile), new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? []
            : [];
        var unitsFile = Path.Combine(folder, "admin-units.csv");
        // district_code,district_name,district_type,commune_code,…: one row per commune, the header first.
        var districtTypes = File.Exists(unitsFile)
            ? File.ReadLines(unitsFile).Skip(1).Select(l => l.Split(',', 4)).Where(f => f.Length >= 3).DistinctBy(f => f[0]).ToDictionary(f => f[0], f => f[2])
            : [];
        return (programs, agencies, districtTypes);
    }
}
