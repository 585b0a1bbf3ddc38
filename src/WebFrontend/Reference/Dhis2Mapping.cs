using System.Text.Json;

namespace AntiTrafficking.WebFrontend.Reference;

/// <summary>
/// The province's mapping to the national DHIS2 instance (data/provinces/{code}/dhis2-mapping.json, edited by the
/// province): each unit's GSO code → its organisation unit UID, and each indicator → the two data elements of its
/// numerator and denominator; one category option combo and one attribute option combo (DHIS2's "default") for every value.
/// </summary>
/// <param name="DataSet">UID of the DHIS2 data set the values belong to.</param>
/// <param name="CategoryOptionCombo">UID of the category option combo of every value.</param>
/// <param name="AttributeOptionCombo">UID of the attribute option combo of every value.</param>
/// <param name="OrgUnits">GSO code (province, district or commune) → organisation unit UID.</param>
/// <param name="DataElements">IND-01 … IND-14 → the data elements of its numerator and denominator.</param>
public sealed record Dhis2Mapping(
    string? DataSet,
    string? CategoryOptionCombo,
    string? AttributeOptionCombo,
    IReadOnlyDictionary<string, string> OrgUnits,
    IReadOnlyDictionary<string, Dhis2IndicatorElements> DataElements)
{
    /// <summary>No mapping: every value is skipped and named in the export's conflicts.</summary>
    public static Dhis2Mapping Empty { get; } = new(null, null, null, new Dictionary<string, string>(), new Dictionary<string, Dhis2IndicatorElements>());

    /// <summary>Reads the file, or <see cref="Empty"/> when there is none.</summary>
    public static Dhis2Mapping Load(string path) =>
        File.Exists(path)
            ? JsonSerializer.Deserialize<Dhis2Mapping>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? Empty
            : Empty;

    /// <summary>The GSO code of a unit given by its code or by its mapped UID; the text itself when it is neither.</summary>
    public string UnitCode(string codeOrUid) =>
        OrgUnits.ContainsKey(codeOrUid) ? codeOrUid : OrgUnits.FirstOrDefault(u => u.Value == codeOrUid).Key ?? codeOrUid;
}

/// <summary>The DHIS2 data elements of one indicator's numerator and denominator.</summary>
public sealed record Dhis2IndicatorElements(string? Numerator, string? Denominator);
