using AntiTrafficking.WebFrontend.Reference;

namespace AntiTrafficking.WebFrontend.Exchange;

/// <summary>
/// An export as DHIS2's <c>dataValueSets</c> JSON, ready for its import (POST /api/dataValueSets, idScheme UID):
/// values as strings, periods in DHIS2's form; <see cref="Conflicts"/> names what the mapping could not place.
/// </summary>
/// <param name="DataSet">UID of the mapping's data set.</param>
/// <param name="DataValues">Two values per unit, period and indicator with data: its numerator and its denominator.</param>
/// <param name="Conflicts">Units and indicators skipped for want of a UID in the mapping.</param>
public sealed record Dhis2DataValueSet(string? DataSet, IReadOnlyList<Dhis2DataValue> DataValues, IReadOnlyList<ExchangeConflict> Conflicts)
{
    /// <summary>The export in DHIS2's shape.</summary>
    public static Dhis2DataValueSet From(ExchangeExport export, Dhis2Mapping mapping) =>
        new(mapping.DataSet,
            [.. export.Values.Select(v => new Dhis2DataValue(v.DataElement, ExchangePeriods.Dhis2(v.Period), v.OrgUnit,
                mapping.CategoryOptionCombo, mapping.AttributeOptionCombo, v.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
            export.Conflicts);
}

/// <summary>One DHIS2 data value.</summary>
/// <param name="DataElement">Data element UID.</param>
/// <param name="Period">"2013", "2013S1" or "2013Q2".</param>
/// <param name="OrgUnit">Organisation unit UID.</param>
/// <param name="CategoryOptionCombo">Category option combo UID (the mapping's default).</param>
/// <param name="AttributeOptionCombo">Attribute option combo UID (the mapping's default).</param>
/// <param name="Value">The number, as a string as DHIS2 writes it.</param>
public sealed record Dhis2DataValue(string DataElement, string Period, string OrgUnit, string? CategoryOptionCombo, string? AttributeOptionCombo, string Value);
