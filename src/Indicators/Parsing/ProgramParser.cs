using System.Text.Json;

namespace AntiTrafficking.Indicators.Parsing;

/// <summary>Reads a program file strictly: every field is checked and unknown fields are refused.</summary>
internal static class ProgramParser
{
    private static readonly JsonDocumentOptions _options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        AllowDuplicateProperties = false,
    };

    public static IndicatorProgram Parse(string json)
    {
        using var document = ParseJson(json);
        var fields = new JsonFields(document.RootElement, "");
        var code = fields.String("code");
        var decision = fields.String("decision");
        var titleVi = fields.String("titleVi");
        var titleEn = fields.String("titleEn");
        var provinceCode = fields.String("provinceCode");
        var start = fields.Date("start");
        var firstYear = fields.Int("firstYear");
        var lastYear = fields.Int("lastYear");
        if (lastYear < firstYear)
        {
            throw fields.Error("lastYear", $"{lastYear} is before firstYear {firstYear}");
        }

        var program = new IndicatorProgram(
            code,
            decision,
            titleVi,
            titleEn,
            provinceCode,
            start,
            firstYear,
            lastYear,
            Indicators(fields, start).AsReadOnly(),
            Outputs(fields).AsReadOnly(),
            Deadlines(fields));
        fields.RejectUnknown();
        return program;
    }

    private static JsonDocument ParseJson(string json)
    {
        try
        {
            return JsonDocument.Parse(json, _options);
        }
        catch (JsonException error)
        {
            var where = error.LineNumber is { } line
                ? $"line {line + 1}, position {error.BytePositionInLine + 1}"
                : error.Path ?? "(document)";
            throw new ProgramFormatException(where, "not valid JSON: " + error.Message, innerException: error);
        }
    }

    private static List<IndicatorDefinition> Indicators(JsonFields program, DateOnly start)
    {
        var indicators = new List<IndicatorDefinition>();
        var elements = program.Array("indicators", allowEmpty: false);
        for (var index = 0; index < elements.Count; index++)
        {
            var indicator = Indicator(elements[index], $"indicators[{index}]", start);
            if (indicators.Any(known => known.Code == indicator.Code))
            {
                throw new ProgramFormatException($"indicators[{index}].code", $"'{indicator.Code}' is used by an earlier indicator");
            }

            indicators.Add(indicator);
        }

        return indicators;
    }

    private static IndicatorDefinition Indicator(JsonElement element, string position, DateOnly start)
    {
        // Errors inside an indicator name it by its code ("IND-03.numerator.window"), which is what an editor searches for.
        var code = new JsonFields(element, position).String("code");
        var fields = new JsonFields(element, code);
        var indicator = new IndicatorDefinition(
            fields.String("code"),
            fields.String("nameVi"),
            fields.String("nameEn"),
            Project(fields),
            Levels(fields).AsReadOnly(),
            ExpressionParser.Parse(fields.Required("numerator"), fields.PathOf("numerator")),
            ExpressionParser.Parse(fields.Required("denominator"), fields.PathOf("denominator")),
            TargetParser.Parse(fields.Required("target"), fields.PathOf("target"), start),
            Wording(fields),
            !fields.Has("countsPeople") || fields.OptionalBool("countsPeople"));
        fields.RejectUnknown();
        return indicator;
    }

    private static IndicatorWording? Wording(JsonFields indicator)
    {
        if (indicator.Optional("definition") is not { } element)
        {
            return null;
        }

        var fields = new JsonFields(element, indicator.PathOf("definition"));
        var wording = new IndicatorWording(
            fields.String("numeratorVi"), fields.String("numeratorEn"), fields.String("denominatorVi"), fields.String("denominatorEn"),
            fields.String("periodRuleVi"), fields.String("periodRuleEn"));
        fields.RejectUnknown();
        return wording;
    }

    /// <summary>The optional <c>deadlines</c>: each limit a whole number of days from 1 to 3,650; a missing one keeps its default.</summary>
    private static StepDeadlines Deadlines(JsonFields program)
    {
        if (program.Optional("deadlines") is not { } element)
        {
            return StepDeadlines.Default;
        }

        var fields = new JsonFields(element, "deadlines");
        int Days(string field, int fallback)
        {
            if (!fields.Has(field))
            {
                fields.Optional(field);
                return fallback;
            }

            var days = fields.Int(field);
            return days is >= 1 and <= 3650 ? days : throw fields.Error(field, $"{days} days is not from 1 to 3650");
        }

        var defaults = StepDeadlines.Default;
        var deadlines = new StepDeadlines(
            Days("tipVerificationDays", defaults.TipVerificationDays),
            Days("caseInvestigationDays", defaults.CaseInvestigationDays),
            Days("caseTrialDays", defaults.CaseTrialDays),
            Days("judgmentInForceDays", defaults.JudgmentInForceDays),
            Days("personVerificationDays", defaults.PersonVerificationDays),
            Days("personIdentificationDays", defaults.PersonIdentificationDays),
            Days("soonDays", defaults.SoonDays));
        fields.RejectUnknown();
        return deadlines;
    }

    private static List<OutputDefinition> Outputs(JsonFields program)
    {
        var outputs = new List<OutputDefinition>();
        var elements = program.Array("outputs", allowEmpty: true);
        for (var index = 0; index < elements.Count; index++)
        {
            var output = Output(elements[index], $"outputs[{index}]");
            if (outputs.Any(known => known.Code == output.Code))
            {
                throw new ProgramFormatException($"outputs[{index}].code", $"'{output.Code}' is used by an earlier output");
            }

            outputs.Add(output);
        }

        return outputs;
    }

    private static OutputDefinition Output(JsonElement element, string position)
    {
        var code = new JsonFields(element, position).String("code");
        var fields = new JsonFields(element, code);
        var measure = fields.OptionalString("measure");
        var prefix = fields.OptionalString("measurePrefix");
        if ((measure is null) == (prefix is null))
        {
            throw fields.Error("expected exactly one of \"measure\" or \"measurePrefix\"");
        }

        var output = new OutputDefinition(
            fields.String("code"),
            fields.String("nameVi"),
            fields.String("nameEn"),
            Project(fields),
            measure,
            prefix,
            ExpressionParser.Window(fields, "window"));
        fields.RejectUnknown();
        return output;
    }

    private static int Project(JsonFields fields)
    {
        var project = fields.Int("project");
        return project >= 1 ? project : throw fields.Error("project", $"expected a project number from 1, found {project}");
    }

    private static List<ScopeLevel> Levels(JsonFields fields)
    {
        var levels = new List<ScopeLevel>();
        foreach (var element in fields.Array("levels", allowEmpty: false))
        {
            ScopeLevel? level = element.ValueKind == JsonValueKind.String
                ? element.GetString() switch
                {
                    "commune" => ScopeLevel.Commune,
                    "district" => ScopeLevel.District,
                    "province" => ScopeLevel.Province,
                    _ => null,
                }
                : null;
            if (level is not { } known)
            {
                throw fields.Error("levels", $"{JsonFields.Describe(element)} is not a level (expected commune, district or province)");
            }

            if (levels.Contains(known))
            {
                throw fields.Error("levels", $"{JsonFields.Describe(element)} is listed twice");
            }

            levels.Add(known);
        }

        return levels;
    }
}
