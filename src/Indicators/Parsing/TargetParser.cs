using System.Globalization;
using System.Text.Json;

namespace AntiTrafficking.Indicators.Parsing;

/// <summary>Reads <c>{ "milestones": { "2013": 85, "2015": 100 } }</c> and/or <c>{ "yearly": 95 }</c>.</summary>
internal static class TargetParser
{
    public static IndicatorTarget Parse(JsonElement element, string path, DateOnly programStart)
    {
        var fields = new JsonFields(element, path);
        var milestones = fields.Optional("milestones") is { } milestonesElement
            ? Milestones(new JsonFields(milestonesElement, fields.PathOf("milestones")), programStart)
            : [];
        Fraction? yearly = fields.Optional("yearly") is { } yearlyElement ? Percentage(fields, "yearly", yearlyElement) : null;
        fields.RejectUnknown();

        return milestones.Count == 0 && yearly is null
            ? throw fields.Error("expected \"milestones\" (year → percentage), \"yearly\" (percentage) or both")
            : new IndicatorTarget(milestones, yearly);
    }

    private static Dictionary<int, Fraction> Milestones(JsonFields fields, DateOnly programStart)
    {
        var milestones = new Dictionary<int, Fraction>();
        foreach (var property in fields.Names())
        {
            if (property.Length != 4 || !int.TryParse(property, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
            {
                throw fields.Error(property, "a milestone's key must be a year such as \"2015\"");
            }

            if (new DateOnly(year, 12, 31) <= programStart)
            {
                throw fields.Error(property, $"the milestone's year end is not after the program start {programStart:yyyy-MM-dd}");
            }

            milestones[year] = Percentage(fields, property, fields.Required(property));
        }

        return milestones;
    }

    private static Fraction Percentage(JsonFields fields, string field, JsonElement element) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var percentage) && percentage is >= 0 and <= 100
            ? Fraction.FromDecimal(percentage)
            : throw fields.Error(field, $"expected a percentage from 0 to 100, found {JsonFields.Describe(element)}");
}
