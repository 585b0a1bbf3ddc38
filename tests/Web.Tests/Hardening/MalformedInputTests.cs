using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AntiTrafficking.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AntiTrafficking.Web.Tests.Hardening;

/// <summary>
/// Generated malformed inputs for every operation of the API, read from its OpenAPI document: never a 5xx, every
/// 4xx a problem with code and the reason in Vietnamese and English, no command accepted, and the scorecards,
/// catalogs, registers and reporting status the same before and after (Ba Chẽ district, 202, and its communes).
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class MalformedInputTests(WebFixture fixture, ITestOutputHelper output)
{
    private const int Seed = 20261129;

    /// <summary>What the malformed requests could change, read before and after.</summary>
    private static readonly string[] State =
    [
        "/provinces/22/scorecard?period=2013", "/provinces/22/scorecard?period=2014", "/provinces/22/scorecard?period=2015",
        "/provinces/22/districts/scorecards?period=2014", "/districts/202/communes/scorecards?period=2013",
        "/districts/202/communes/scorecards?period=2014", "/communes/06973/scorecard?period=2013",
        "/programs/QN-3087-2011-2015/legal-documents", "/programs/QN-3087-2011-2015/guidance",
        "/provinces/22/agencies/CA", "/provinces/22/agencies/TTTT", "/provinces/22/agencies/LDTBXH",
        "/provinces/22/campaigns", "/provinces/22/three-sector-statistics?period=2013",
        "/provinces/22/reporting", "/provinces/22/reporting/periods/2013-Q1",
        "/provinces/22/tips/fuzz-0001", "/provinces/22/cases/fuzz-0001", "/provinces/22/key-areas/fuzz-0001",
        "/provinces/22/campaigns/fuzz-0001", "/provinces/22/persons/fuzz-0001",
    ];

    [Fact]
    public async Task EveryOperationRefusesGeneratedMalformedInputsWithAProblemAndChangesNothing()
    {
        using var client = CreateApiClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var operations = ApiOperation.Read(document);
        var inputs = new MalformedInputs(new SchemaSamples(document), Seed, Complete);
        // The state is read as an analyst (aggregates, reporting) and a case worker (persons) would read it.
        var analyst = await fixture.ClientForAsync(Parties.Analyst);
        var caseWorker = await fixture.ClientForAsync(Parties.CaseWorker);
        HttpClient Reader(string path) => path.Contains("/persons/", StringComparison.Ordinal) ? caseWorker : analyst;
        var before = await SettledStateAsync(Reader);
        var faults = new List<string>();
        var cases = 0;
        var clock = Stopwatch.StartNew();

        foreach (var operation in operations)
        {
            foreach (var malformed in inputs.For(operation, ValidValue))
            {
                cases++;
                var fault = await SendAsync(client, operation, malformed);
                if (fault is not null)
                {
                    faults.Add($"{malformed.Method} {malformed.Path} ({malformed.Description}): {fault}");
                }
            }
        }

        var after = await SettledStateAsync(Reader);
        output.WriteLine($"{cases} malformed requests to {operations.Count} operations ({operations.Count(o => o.IsCommand)} commands) in {clock.Elapsed.TotalSeconds:F1} s; {faults.Count} faults");
        Assert.True(faults.Count == 0, $"{faults.Count} of {cases} malformed requests were mishandled:{Environment.NewLine}{string.Join(Environment.NewLine, faults.Take(40))}");
        Assert.True(operations.Count >= 60, $"the OpenAPI document lists only {operations.Count} operations");
        Assert.True(cases >= 1000, $"only {cases} malformed requests were generated");
        foreach (var (path, value) in before)
        {
            Assert.True(value == after[path], $"{path} changed:{Environment.NewLine}before {value}{Environment.NewLine}after  {after[path]}");
        }
    }

    /// <summary>
    /// The one place the API client is made: each request carries the API key of the party its body names (the
    /// fixture's rate limits are far above these thousands of requests); a body too broken to name one goes without.
    /// </summary>
    private HttpClient CreateApiClient() => fixture.CreateClient();

    /// <summary>A well-formed value for a route parameter, so that each request is wrong only where it is meant to be.</summary>
    private static string ValidValue(ApiOperation operation, string parameter) => parameter switch
    {
        "code" when operation.Template.StartsWith("/api/v1/districts/", StringComparison.Ordinal) => "202",
        "code" when operation.Template.StartsWith("/api/v1/communes/", StringComparison.Ordinal) => "06973",
        "code" when operation.Template.StartsWith("/api/v1/programs/", StringComparison.Ordinal) => "QN-3087-2011-2015",
        "code" => "22",
        "period" when operation.Template.Contains("three-sector", StringComparison.Ordinal) => "2013",
        "period" => "2013-Q1",
        "agency" or "reporter" => "CA",
        _ => "fuzz-0001",
    };

    /// <summary>Plausible values for the generated body: an agency allowed to take the step, existing codes, dates of the program.</summary>
    private static void Complete(ApiOperation operation, JsonObject body)
    {
        var agency = operation.Template.Split('/')[^1] switch
        {
            "prosecution" => "VKS",
            "trials" or "judgment-in-force" or "appeal-judgments" or "overturnings" => "TA",
            "officers" or "support" or "protection" or "closure" or "legal-aid-declined" => "LDTBXH",
            _ => "CA",
        };
        foreach (var node in Objects(body).ToList())
        {
            foreach (var (name, value) in node.ToList())
            {
                JsonNode? plausible = (name, value) switch
                {
                    ("actor", JsonObject) => new JsonObject { ["userId"] = "fuzz-officer", ["agencyCode"] = agency },
                    ("unitCode" or "homeUnitCode" or "communeCode", JsonValue) => "06973",
                    ("districtCode", JsonValue) => "202",
                    ("districtCodes", JsonArray) => new JsonArray("202"),
                    ("countryCode", JsonValue) => "CN",
                    ("reporterCode", JsonValue) => "CA",
                    ("documentCode", JsonValue) => "66/2011/QH12",
                    ("materialKind", JsonValue) => "leaflet",
                    ("birthYear", JsonValue) => 1990,
                    ("code", JsonValue) => "IND-01",
                    _ => null,
                };
                if (plausible is not null)
                {
                    node[name] = plausible;
                }
            }
        }
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Objects(p.Value)).Prepend(obj),
        JsonArray array => array.SelectMany(Objects),
        _ => [],
    };

    /// <summary>Sends one request; returns what was wrong with the answer, or null.</summary>
    private static async Task<string?> SendAsync(HttpClient client, ApiOperation operation, MalformedRequest malformed)
    {
        using var request = new HttpRequestMessage(malformed.Method, malformed.Path);
        if (malformed.Body is not null)
        {
            request.Content = new ByteArrayContent(malformed.Body);
            if (malformed.ContentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(malformed.ContentType);
            }
        }

        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (status >= 500)
        {
            return $"{status} {Cut(body)}";
        }

        if (status < 400)
        {
            return operation.IsCommand && malformed.Method == HttpMethod.Post ? $"accepted ({status}) {Cut(body)}" : null;
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{status} without a problem body ({response.Content.Headers.ContentType}) {Cut(body)}";
        }

        using var problem = JsonDocument.Parse(body);
        var root = problem.RootElement;
        return root.GetProperty("status").GetInt32() == status
            && Text(root, "code") && Text(root, "messageVi") && Text(root, "messageEn") && root.TryGetProperty("field", out _)
            ? null
            : $"{status} with an incomplete problem {Cut(body)}";
    }

    /// <summary>The state, read until two readings in a row agree (a command of an earlier test may still be travelling up to the province).</summary>
    private static async Task<Dictionary<string, string>> SettledStateAsync(Func<string, HttpClient> reader)
    {
        var previous = await ReadStateAsync(reader);
        var settled = await Eventually.ReturnsAsync(
            async () =>
            {
                var current = await ReadStateAsync(reader);
                var same = previous.All(p => current[p.Key] == p.Value);
                previous = current;
                return (Same: same, State: current);
            },
            reading => reading.Same,
            "two equal readings of the scorecards, catalogs and registers",
            TimeSpan.FromSeconds(10));
        return settled.State;
    }

    private static async Task<Dictionary<string, string>> ReadStateAsync(Func<string, HttpClient> reader)
    {
        var state = new Dictionary<string, string>();
        foreach (var path in State)
        {
            // A problem's traceId differs on every answer; the rest is the state.
            state[path] = TraceId().Replace(await reader(path).ReadAsync(path), "");
        }

        return state;
    }

    private static bool Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0;

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();

    private static string Cut(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
