using System.Text.Json.Nodes;

namespace AntiTrafficking.Web.Tests.Hardening;

/// <summary>A field of a request body: where it is (property names and array indexes), its schema and whether it may be left out or null.</summary>
internal sealed record BodyField(IReadOnlyList<object> Path, string Kind, bool Required, bool Nullable)
{
    public string Name => string.Join('.', Path.Select(p => p is int i ? $"[{i}]" : (string)p)).Replace(".[", "[", StringComparison.Ordinal);
}

/// <summary>Reads the document's schemas: a well-formed sample body for an operation, and the list of its fields.</summary>
internal sealed class SchemaSamples(JsonNode document)
{
    private readonly JsonObject _schemas = document["components"]!["schemas"]!.AsObject();

    /// <summary>A body of the right shape and types (whether the grains would accept it does not matter).</summary>
    public JsonNode? Sample(JsonNode schema)
    {
        var resolved = Resolve(schema);
        return Kind(resolved) switch
        {
            "object" => new JsonObject(Properties(resolved).Select(p =>
                KeyValuePair.Create(p.Name, IsNullable(p.Schema) && Kind(Resolve(p.Schema)) is not ("object" or "array") ? null : Sample(p.Schema)))),
            "array" => new JsonArray(Sample(resolved["items"]!)),
            "enum" => JsonValue.Create((string)resolved["enum"]![0]!),
            "date" => JsonValue.Create("2013-05-02"),
            "date-time" => JsonValue.Create("2013-05-02T08:00:00+07:00"),
            "integer" or "number" => JsonValue.Create(1),
            "boolean" => JsonValue.Create(false),
            _ => JsonValue.Create("fuzz"),
        };
    }

    /// <summary>Every field of the body, nested objects and the first item of arrays included.</summary>
    public IEnumerable<BodyField> Fields(JsonNode schema) => Fields(Resolve(schema), []);

    private IEnumerable<BodyField> Fields(JsonNode resolved, IReadOnlyList<object> at)
    {
        var required = resolved["required"]?.AsArray().Select(r => (string)r!).ToHashSet() ?? [];
        foreach (var (name, schema) in Properties(resolved))
        {
            var path = at.Append(name).ToList();
            var inner = Resolve(schema);
            var kind = Kind(inner);
            yield return new BodyField(path, kind, required.Contains(name), IsNullable(schema));
            var item = kind == "array" ? Resolve(inner["items"]!) : null;
            var nested = kind switch
            {
                "object" => Fields(inner, path),
                // An item may be left out (an empty list can be valid) but never null.
                "array" => Fields(item!, path.Append(0).ToList()).Prepend(new BodyField(path.Append(0).ToList(), Kind(item!), false, false)),
                _ => [],
            };
            foreach (var field in nested)
            {
                yield return field;
            }
        }
    }

    private static IEnumerable<(string Name, JsonNode Schema)> Properties(JsonNode resolved) =>
        resolved["properties"]?.AsObject().Select(p => (p.Key, p.Value!)) ?? [];

    /// <summary>Follows $ref, and takes the non-null alternative of a oneOf/anyOf.</summary>
    private JsonNode Resolve(JsonNode schema)
    {
        if (schema["$ref"] is { } reference)
        {
            return Resolve(_schemas[((string)reference!).Split('/')[^1]]!);
        }

        var alternatives = (schema["oneOf"] ?? schema["anyOf"])?.AsArray();
        return alternatives?.Select(a => a!).FirstOrDefault(a => (string?)a["type"] != "null") is { } alternative ? Resolve(alternative) : schema;
    }

    private static bool IsNullable(JsonNode schema) =>
        schema["type"] is JsonArray types && types.Any(t => (string?)t == "null")
        || (schema["oneOf"] ?? schema["anyOf"])?.AsArray().Any(a => (string?)a!["type"] == "null") == true;

    private static string Kind(JsonNode resolved)
    {
        if (resolved["enum"] is not null)
        {
            return "enum";
        }

        var types = resolved["type"] switch
        {
            JsonArray array => array.Select(t => (string)t!).ToList(),
            JsonValue value => [(string)value!],
            _ => resolved["properties"] is not null ? ["object"] : ["string"],
        };
        var type = types.FirstOrDefault(t => t is "object" or "array" or "integer" or "number" or "boolean") ?? "string";
        return type == "string" && (string?)resolved["format"] is "date" or "date-time" ? (string)resolved["format"]! : type;
    }
}
