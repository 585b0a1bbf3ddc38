using System.Globalization;
using System.Text.Json;

namespace AntiTrafficking.Indicators.Parsing;

/// <summary>
/// Reads the fields of one JSON object of a program file, remembering which were read so that
/// <see cref="RejectUnknown"/> can refuse misspelt or unexpected ones. Every error names the field's path.
/// </summary>
internal sealed class JsonFields
{
    private readonly JsonElement _object;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public JsonFields(JsonElement element, string path)
    {
        Path = path;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ProgramFormatException(DisplayPath(path), $"expected an object, found {Describe(element)}");
        }

        _object = element;
    }

    public string Path { get; }

    public string PathOf(string field) => Path.Length == 0 ? field : $"{Path}.{field}";

    public ProgramFormatException Error(string field, string problem) => new(PathOf(field), problem);

    public ProgramFormatException Error(string problem) => new(DisplayPath(Path), problem);

    public bool Has(string field) => _object.TryGetProperty(field, out _);

    public IReadOnlyList<string> Names() => _object.EnumerateObject().Select(property => property.Name).ToList();

    public JsonElement? Optional(string field)
    {
        _read.Add(field);
        return _object.TryGetProperty(field, out var value) ? value : null;
    }

    public JsonElement Required(string field) =>
        Optional(field) ?? throw Error(field, "required field is missing");

    public string String(string field) => AsString(field, Required(field));

    public string? OptionalString(string field) => Optional(field) is { } value ? AsString(field, value) : null;

    public int Int(string field)
    {
        var value = Required(field);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw Error(field, $"expected a whole number, found {Describe(value)}");
    }

    public bool OptionalBool(string field) => Optional(field) switch
    {
        null => false,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { } value => throw Error(field, $"expected true or false, found {Describe(value)}"),
    };

    public DateOnly Date(string field)
    {
        var text = String(field);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(field, $"'{text}' is not a date of the form yyyy-MM-dd");
    }

    public IReadOnlyList<JsonElement> Array(string field, bool allowEmpty)
    {
        var value = Required(field);
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error(field, $"expected an array, found {Describe(value)}");
        }

        var items = value.EnumerateArray().ToList();
        return items.Count > 0 || allowEmpty ? items : throw Error(field, "must not be empty");
    }

    public void RejectUnknown()
    {
        foreach (var property in _object.EnumerateObject())
        {
            if (!_read.Contains(property.Name))
            {
                throw Error(property.Name, "unknown field");
            }
        }
    }

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{element.GetString()}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {element.GetRawText()}",
        _ => "null",
    };

    private string AsString(string field, JsonElement value) =>
        value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw Error(field, $"expected a non-empty string, found {Describe(value)}");

    private static string DisplayPath(string path) => path.Length == 0 ? "(top level)" : path;
}
