using System.Text;
using System.Text.Json.Nodes;

namespace AntiTrafficking.Web.Tests.Hardening;

/// <summary>A generated request that is wrong in one way.</summary>
internal sealed record MalformedRequest(string Description, HttpMethod Method, string Path, string? ContentType, byte[]? Body);

/// <summary>
/// Generates malformed requests for each operation of the API, deterministically from a seed: broken JSON, empty
/// bodies, missing, unknown, mistyped and null fields, numbers out of range, bad dates, odd Unicode, huge strings,
/// deep nesting, wrong media types, unknown codes in the route, odd route and query values. Each request is wrong in
/// a way the API must refuse whatever the grains hold: a route id of a tip, case or person is not varied in a
/// command, since any id names a new one. The body each command's cases start from is made of the schema's types
/// and then completed by the caller with plausible values (agency, codes, dates), so that a case is refused for what
/// was broken in it rather than for the rest.
/// </summary>
internal sealed class MalformedInputs(SchemaSamples schemas, int seed, Action<ApiOperation, JsonObject> complete)
{
    /// <summary>A string value put where raw JSON goes; <see cref="Marker"/> is how it reads once serialized.</summary>
    private const string Token = "@@fuzz@@";

    private const string Marker = "\"" + Token + "\"";

    private static readonly string[] BrokenJson =
    [
        "{", "}", "[", "{\"idempotencyKey\":}", "{'idempotencyKey':'k'}", "{\"idempotencyKey\":\"k\",}", "{\"a\":1}}", "NaN",
        "undefined", "{\"a\":01}", "/* comment */ {}", "{\"a\" 1}", "{\"a\":\"unterminated}", "{\"a\":tru}", "\"\\x41\"",
    ];

    private static readonly string[] EmptyBodies = ["", " ", "null", "[]", "{}", "0", "\"\"", "true", "\n\t\r"];

    private static readonly string[] UnknownCodes =
    [
        "99999", "00000", "ZZ", "22x", "-1", "1e9", "null", "%E2%80%8B22", "%EF%BC%92%EF%BC%92", "'%20OR%201%3D1--",
        "%01", "%3Cscript%3E", new string('9', 300), "..%2F..%2F22", "%F0%9F%98%80",
    ];

    private static readonly string[] OddValues =
    [
        "%01", "%20", "..", "%2F", "'", "%3Cb%3E", new string('x', 500), "%E2%80%AE", "%F0%9F%98%80", "%EF%BF%BF",
        "2013-Q5", "-1", "%25",
    ];

    private static readonly string[] OddPeriods =
        ["2013-Q5", "2013-H3", "abcd", "2010", "99999", "2013-Q1-x", "%EF%BC%92%EF%BC%90%EF%BC%91%EF%BC%93", "-2013", "2013Q1", "%01"];

    private static readonly string[] BadDates =
    [
        "\"2013-02-30\"", "\"2013/05/02\"", "\"02-05-2013\"", "\"\"", "\"2013-05-02T00:00:00Z\"", "\"2013-13-01\"", "\"0000-01-01\"",
        "\"99999-01-01\"", "\"２０１３-０５-０２\"", "\"2013-05-\u200b02\"", "\"2013-05-02\u202e\"", "20130502", "\"yesterday\"", "\"2013-5-2\"",
    ];

    private static readonly string[] BadIntegers =
        ["\"abc\"", "1.5", "true", "{}", "[]", "\"\"", "\"1e3\"", "1e400", "9223372036854775808", "\"٣\"", "\"0x10\""];

    private static readonly string[] WrongForString = ["12345", "true", "{}", "[]", "1.5"];

    private static readonly string[] WrongForEnum = ["\"notAKind\"", "\"\"", "true", "{}", "\"female\u200b\"", "[]", "\"0x1\""];

    private static readonly string[] WrongForObject = ["\"text\"", "1", "[]", "true"];

    private static readonly string[] WrongForArray = ["{}", "\"text\"", "1", "[[]]", "[1, {}]"];

    private static readonly string[] WrongForBoolean = ["\"yes\"", "1", "\"true \"", "{}"];

    private static readonly string[] WrongMediaTypes =
        ["text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/jsonp", "text/json+"];

    private readonly Random _random = new(seed);
    private int _key;

    public IEnumerable<MalformedRequest> For(ApiOperation operation, Func<ApiOperation, string, string> valid)
    {
        var path = Fill(operation, valid, null, null);
        return operation.BodySchema is null ? Queries(operation, valid, path) : Commands(operation, valid, path, operation.BodySchema);
    }

    private IEnumerable<MalformedRequest> Queries(ApiOperation operation, Func<ApiOperation, string, string> valid, string path)
    {
        foreach (var parameter in operation.PathParameters)
        {
            var values = parameter == "code" ? UnknownCodes : parameter == "period" ? OddPeriods.Concat(OddValues) : OddValues;
            foreach (var value in values)
            {
                yield return Get($"{parameter} = {value}", Fill(operation, valid, parameter, value));
            }
        }

        foreach (var parameter in operation.QueryParameters)
        {
            foreach (var value in OddPeriods.Concat(["", "%20", new string('9', 2000)]))
            {
                yield return Get($"?{parameter}={value}", $"{path.Split('?')[0]}?{parameter}={value}");
            }
        }

        yield return new MalformedRequest("DELETE on a query", HttpMethod.Delete, path, null, null);
        yield return new MalformedRequest("POST on a query", HttpMethod.Post, path, "application/json", Encoding.UTF8.GetBytes("{}"));
    }

    private IEnumerable<MalformedRequest> Commands(ApiOperation operation, Func<ApiOperation, string, string> valid, string path, JsonNode schema)
    {
        var baseline = schemas.Sample(schema)!.AsObject();
        complete(operation, baseline);
        var fields = schemas.Fields(schema).ToList();
        var strings = fields.Where(f => f.Kind == "string" && f.Path.Count == 1).ToList();

        foreach (var text in BrokenJson)
        {
            yield return Post("broken JSON " + text, path, text);
        }

        foreach (var text in EmptyBodies)
        {
            yield return Post($"empty body '{text}'", path, text);
        }

        var whole = Body(baseline, null);
        foreach (var cut in Enumerable.Range(0, 3).Select(_ => _random.Next(1, whole.Length)))
        {
            yield return Post($"body cut at {cut}", path, whole[..cut]);
        }

        yield return Post("two JSON values", path, Body(baseline, null) + "{}");
        yield return Post("trailing garbage", path, Body(baseline, null) + "x");
        yield return Post("an array of the command", path, $"[{Body(baseline, null)}]");

        foreach (var field in fields)
        {
            // The acting party (actor, or reader of personal data) may be left out: the API fills it from the caller.
            if (field.Required && field.Name is not ("actor" or "reader"))
            {
                yield return Post($"missing {field.Name}", path, Body(baseline, b => Remove(b, field.Path)));
            }

            if (!field.Nullable)
            {
                yield return Post($"null {field.Name}", path, Body(baseline, b => Set(b, field.Path, Token), "null"));
            }

            foreach (var wrong in Pick(WrongValues(field), field.Kind is "integer" or "date" ? 4 : 2))
            {
                yield return Post($"{field.Name} = {wrong}", path, Body(baseline, b => Set(b, field.Path, Token), wrong));
            }

            if (field.Kind == "object")
            {
                yield return Post($"unknown field in {field.Name}", path, Body(baseline, b => Set(b, field.Path.Append("zzUnknown").ToList(), 1)));
            }
        }

        yield return Post("unknown field", path, Body(baseline, b => b["zzUnknown"] = "x"));
        yield return Post("unknown field IdempotencyKey2", path, Body(baseline, b => b["IdempotencyKey2"] = "x"));

        foreach (var field in fields.Where(f => f.Kind == "integer"))
        {
            yield return Post($"{field.Name} negative", path, Body(baseline, b => Set(b, field.Path, -1)));
            yield return Post($"{field.Name} overflowing", path, Body(baseline, b => Set(b, field.Path, Token), "99999999999999999999999"));
        }

        if (strings.Count > 0)
        {
            var target = strings[_random.Next(strings.Count)].Path;
            yield return Post("huge string (70 KiB)", path, Body(baseline, b => Set(b, target, new string('A', 70 * 1024))));
            yield return Post("huge body (1 MiB)", path, Body(baseline, b => b["filler"] = new string('B', 1024 * 1024)));
            yield return Post("lone surrogate", path, Body(baseline, b => Set(b, target, Token), "\"\\ud800x\""));
            yield return Post("reversed surrogates", path, Body(baseline, b => Set(b, target, Token), "\"\\udc00\\ud800\""));
            yield return Raw("invalid UTF-8", path, Body(baseline, b => Set(b, target, Token)), [0x22, 0xC3, 0x28, 0x22]);
            yield return Raw("overlong UTF-8", path, Body(baseline, b => Set(b, target, Token)), [0x22, 0xC0, 0xAF, 0x22]);
            yield return Raw("UTF-16 body", path, "", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Body(baseline, null))).ToArray());
        }

        yield return Post("nested arrays 100 deep in actor", path, Body(baseline, b => b["actor"] = Token), new string('[', 100) + new string(']', 100));
        yield return Post("nested objects 200 deep", path, string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200));
        yield return Post("nested arrays 10,000 deep", path, new string('[', 10_000) + new string(']', 10_000));

        foreach (var mediaType in WrongMediaTypes)
        {
            yield return new MalformedRequest($"content type {mediaType}", HttpMethod.Post, path, mediaType, Encoding.UTF8.GetBytes(Body(baseline, null)));
        }

        yield return new MalformedRequest("no content type", HttpMethod.Post, path, null, Encoding.UTF8.GetBytes(Body(baseline, null)));

        foreach (var parameter in operation.PathParameters.Where(p => p is "code" or "period"))
        {
            foreach (var value in parameter == "code" ? UnknownCodes : OddPeriods)
            {
                yield return Post($"{parameter} = {value}", Fill(operation, valid, parameter, value), Body(baseline, null));
            }
        }

        yield return new MalformedRequest("GET on a command", HttpMethod.Get, path, null, null);
        yield return new MalformedRequest("PUT on a command", HttpMethod.Put, path, "application/json", Encoding.UTF8.GetBytes(Body(baseline, null)));
    }

    private static string[] WrongValues(BodyField field) => field.Kind switch
    {
        "integer" or "number" => BadIntegers,
        "date" or "date-time" => BadDates,
        "enum" => WrongForEnum,
        "object" => WrongForObject,
        "array" => WrongForArray,
        "boolean" => WrongForBoolean,
        _ => WrongForString,
    };

    private IEnumerable<string> Pick(string[] values, int count) => values.OrderBy(_ => _random.Next()).Take(count).ToList();

    /// <summary>The baseline with a fresh idempotency key, changed by <paramref name="change"/>; the marker, if set, replaced by raw JSON.</summary>
    private string Body(JsonObject baseline, Action<JsonObject>? change, string? raw = null)
    {
        var body = baseline.DeepClone().AsObject();
        if (body.ContainsKey("idempotencyKey"))
        {
            body["idempotencyKey"] = $"fuzz-{seed}-{++_key}";
        }

        change?.Invoke(body);
        var text = body.ToJsonString();
        return raw is null ? text : text.Replace(Marker, raw, StringComparison.Ordinal);
    }

    private static void Set(JsonObject body, IReadOnlyList<object> path, JsonNode? value)
    {
        var parent = Parent(body, path);
        switch (path[^1])
        {
            case int index when parent is JsonArray array && index < array.Count:
                array[index] = value;
                break;
            case string name when parent is JsonObject obj:
                obj[name] = value;
                break;
        }
    }

    private static void Remove(JsonObject body, IReadOnlyList<object> path)
    {
        switch (path[^1])
        {
            case string name when Parent(body, path) is JsonObject obj:
                obj.Remove(name);
                break;
            case int index when Parent(body, path) is JsonArray array && index < array.Count:
                array.RemoveAt(index);
                break;
        }
    }

    private static JsonNode? Parent(JsonNode body, IReadOnlyList<object> path) =>
        path.Take(path.Count - 1).Aggregate<object, JsonNode?>(body, (node, step) => step switch
        {
            int index => node is JsonArray array && index < array.Count ? array[index] : null,
            _ => node is JsonObject obj ? obj[(string)step] : null,
        });

    private static string Fill(ApiOperation operation, Func<ApiOperation, string, string> valid, string? odd, string? value) =>
        operation.PathParameters.Aggregate(operation.Template, (path, p) => path.Replace("{" + p + "}", p == odd ? value! : valid(operation, p), StringComparison.Ordinal))
        + (operation.QueryParameters.Contains("period") ? "?period=2014" : "");

    private static MalformedRequest Get(string description, string path) => new(description, HttpMethod.Get, path, null, null);

    private static MalformedRequest Post(string description, string path, string body) =>
        new(description, HttpMethod.Post, path, "application/json", Encoding.UTF8.GetBytes(body));

    private static MalformedRequest Post(string description, string path, string body, string raw) =>
        Post(description, path, body.Replace(Marker, raw, StringComparison.Ordinal));

    private static MalformedRequest Raw(string description, string path, string body, byte[] raw)
    {
        if (body.Length == 0)
        {
            return new(description, HttpMethod.Post, path, "application/json", raw);
        }

        var at = body.IndexOf(Marker, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(body[..at]).Concat(raw).Concat(Encoding.UTF8.GetBytes(body[(at + Marker.Length)..])).ToArray();
        return new(description, HttpMethod.Post, path, "application/json", bytes);
    }
}
