using System.Text.Json;

namespace AntiTrafficking.Indicators.Parsing;

/// <summary>
/// Reads numerator and denominator expressions: a term
/// <c>{ "measure": "surveys.aware", "window": "period", "sign": -1, "perPeriodKind": true }</c>,
/// <c>{ "sum": [ ... ] }</c> or <c>{ "product": [ ... ] }</c>.
/// </summary>
internal static class ExpressionParser
{
    private static readonly string[] _shapes = ["measure", "sum", "product"];

    public static MeasureExpression Parse(JsonElement element, string path)
    {
        var fields = new JsonFields(element, path);
        var shapes = _shapes.Where(fields.Has).ToList();
        if (shapes.Count != 1)
        {
            throw fields.Error($"expected exactly one of \"measure\", \"sum\" or \"product\", found {(shapes.Count == 0 ? "none" : string.Join(" and ", shapes))}");
        }

        MeasureExpression expression = shapes[0] switch
        {
            "sum" => new MeasureSum(Operands(fields, "sum")),
            "product" => new MeasureProduct(Operands(fields, "product")),
            _ => Term(fields),
        };
        fields.RejectUnknown();
        return expression;
    }

    public static MeasureWindow Window(JsonFields fields, string field)
    {
        var text = fields.String(field);
        return text switch
        {
            "asOfEnd" => MeasureWindow.AsOfEnd,
            "period" => MeasureWindow.Period,
            "beforeStart" => MeasureWindow.BeforeStart,
            _ => throw fields.Error(field, $"'{text}' is not a window (expected asOfEnd, period or beforeStart)"),
        };
    }

    private static IEnumerable<MeasureExpression> Operands(JsonFields fields, string field) =>
        fields.Array(field, allowEmpty: false)
            .Select((operand, index) => Parse(operand, $"{fields.PathOf(field)}[{index}]"))
            .ToList();

    private static MeasureTerm Term(JsonFields fields)
    {
        var measure = fields.String("measure");
        var window = Window(fields, "window");
        var sign = fields.Optional("sign") is { } signElement ? Sign(fields, signElement) : 1;
        return new MeasureTerm(measure, window, sign, fields.OptionalBool("perPeriodKind"));
    }

    private static int Sign(JsonFields fields, JsonElement element) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var sign) && sign is 1 or -1
            ? sign
            : throw fields.Error("sign", $"expected 1 or -1, found {JsonFields.Describe(element)}");
}
