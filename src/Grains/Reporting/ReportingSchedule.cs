using System.Collections.Immutable;
using System.Text.Json;
using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Indicators;

namespace AntiTrafficking.Grains.Reporting;

/// <summary>
/// Every province's reporting rules, read at silo start from <c>data/provinces/{code}/reporting.json</c> beside the
/// province file. The plan (3087/QĐ-UBND, last paragraph) fixes who reports what to whom — quarterly, 6-monthly and
/// yearly to the standing office at the provincial Police — but not the deadlines, so a province without the file,
/// or a file without a value, gets the defaults below: reports due 10 days after a quarter or half ends and 15 days
/// after a year ends; scorecards snapshotted 15 days after a quarter or half and 20 days after a year.
/// </summary>
public sealed class ReportingSchedule
{
    /// <summary>The file name looked for in each province folder.</summary>
    public const string FileName = "reporting.json";

    /// <summary>The default standing office: the provincial Police (Công an tỉnh).</summary>
    public const string DefaultStandingOffice = "CA";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static readonly ImmutableDictionary<PeriodKind, int> DefaultDueDays =
        ImmutableDictionary.CreateRange([new(PeriodKind.Quarter, 10), new KeyValuePair<PeriodKind, int>(PeriodKind.Half, 10), new(PeriodKind.Year, 15)]);

    private static readonly ImmutableDictionary<PeriodKind, int> DefaultCloseDays =
        ImmutableDictionary.CreateRange([new(PeriodKind.Quarter, 15), new KeyValuePair<PeriodKind, int>(PeriodKind.Half, 15), new(PeriodKind.Year, 20)]);

    private ReportingSchedule(ImmutableDictionary<string, ReportingRules> provinces) => Provinces = provinces;

    /// <summary>Rules by province code.</summary>
    public ImmutableDictionary<string, ReportingRules> Provinces { get; }

    /// <summary>Reads every province's reporting file (or takes the defaults) for the provinces in <paramref name="reference"/>.</summary>
    public static ReportingSchedule Load(string dataRoot, ReferenceData reference)
    {
        var rules = ImmutableDictionary.CreateBuilder<string, ReportingRules>();
        foreach (var province in reference.Provinces.Values)
        {
            var path = Path.Combine(dataRoot, "provinces", province.Code, FileName);
            var file = File.Exists(path) ? Read(path) : new ReportingFile(null, null, null);
            var office = file.StandingOffice ?? DefaultStandingOffice;
            if (!reference.Agencies.ContainsKey(ReferenceData.AgencyKey(province.Code, office)))
            {
                throw new InvalidDataException(
                    $"{path}: cơ quan thường trực '{office}' không có trong danh sách cơ quan / standing office '{office}' is not an agency of the province.");
            }

            var due = Days(path, "dueDaysAfterEnd", file.DueDaysAfterEnd, DefaultDueDays);
            var close = Days(path, "closeDaysAfterEnd", file.CloseDaysAfterEnd, DefaultCloseDays);
            foreach (var (kind, days) in close)
            {
                if (days < due[kind])
                {
                    throw new InvalidDataException(
                        $"{path}: kỳ chốt số liệu phải sau hạn báo cáo ({kind}) / the close must not come before the reports' deadline ({kind}).");
                }
            }

            Reporter[] agencies =
            [
                .. reference.Agencies.Values
                    .Where(a => a.ProvinceCode == province.Code)
                    .OrderBy(a => a.Code, StringComparer.Ordinal)
                    .Select(a => new Reporter(ReporterKind.Agency, a.Code, a.NameVi)),
            ];
            var districts = province.DistrictCodes.Select(c => reference.Districts[c]).Select(d => new Reporter(ReporterKind.District, d.Code, d.NameVi));
            rules.Add(province.Code, new ReportingRules(province.Code, office, province.Program, [.. agencies, .. districts], due, close));
        }

        return new ReportingSchedule(rules.ToImmutable());
    }

    private static ImmutableDictionary<PeriodKind, int> Days(
        string path, string field, Dictionary<string, int>? values, ImmutableDictionary<PeriodKind, int> defaults)
    {
        var result = defaults.ToBuilder();
        foreach (var (name, days) in values ?? [])
        {
            if (!Enum.TryParse<PeriodKind>(name, ignoreCase: true, out var kind) || days < 0)
            {
                throw new InvalidDataException(
                    $"{path}: {field}.{name} không hợp lệ (quarter, half, year; số ngày ≥ 0) / {field}.{name} is not valid (quarter, half, year; days ≥ 0).");
            }

            result[kind] = days;
        }

        return result.ToImmutable();
    }

    private static ReportingFile Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<ReportingFile>(stream, JsonOptions)
            ?? throw new InvalidDataException($"{path}: tệp rỗng / empty file.");
    }

    private sealed record ReportingFile(
        string? StandingOffice, Dictionary<string, int>? DueDaysAfterEnd, Dictionary<string, int>? CloseDaysAfterEnd);
}
