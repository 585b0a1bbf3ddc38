using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.Grains.Audit;
using AntiTrafficking.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafficking.Web.Tests.Hardening;

/// <summary>
/// Oversized and odd idempotency keys and ids (issue 16.1) sent to every command family — a commune, a district, the
/// program catalog, a case and a received person — are refused with 400 naming the field and change nothing, their
/// refusals are audited, and ordinary commands sent at the same time all succeed (Trới 07030 in Hoành Bồ 204; the
/// ordinary traffic goes to Tuần Châu 06700).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class OversizedIdentifierTests(WebFixture fixture)
{
    private static readonly string[] OddKeys = [new string('k', 10_000), "khóa", "a b", "<script>", "x\u0000y", "line\nbreak"];

    private static readonly string[] OddIds = [new string('p', 5_000), "a b", "<b>", "x\u0000y", "tab\tid"];

    private static readonly string[] State =
    [
        "/communes/07030/scorecard?period=2013", "/districts/204/scorecard?period=2013",
        "/communes/07030/scorecard?period=2014",
        "/programs/QN-3087-2011-2015/legal-documents", "/provinces/22/cases/OV-CASE-1", "/provinces/22/agencies/CA",
    ];

    [Fact]
    public async Task OversizedAndOddKeysAndIdsAreRefusedWith400AndChangeNothingWhileOrdinaryCommandsKeepSucceeding()
    {
        var analyst = await fixture.ClientForAsync(Parties.Analyst);
        var before = await ReadStateAsync(analyst);
        var ordinary = OrdinaryTrafficAsync(await fixture.ClientForAsync(Parties.InformationOfficer));
        var faults = new List<string>();
        var refusals = 0;

        foreach (var (party, path, body) in await FamiliesAsync())
        {
            foreach (var key in OddKeys)
            {
                faults.AddRange(await RefusedAsync(party, path, body(key, "OV-1"), "idempotencyKey"));
                refusals++;
            }
        }

        foreach (var id in OddIds)
        {
            // A NUL in a path never reaches the application: ASP.NET Core refuses the request line itself.
            if (!id.Contains('\0'))
            {
                var routeId = Uri.EscapeDataString(id);
                faults.AddRange(await RefusedAsync(await fixture.ClientForAsync(Police), $"/provinces/22/cases/{routeId}/opening", Case(Commands.Key(), null), "id"));
                faults.AddRange(await RefusedAsync(await fixture.ClientForAsync(Parties.CaseWorker), $"/provinces/22/persons/{routeId}/reception", Reception(Commands.Key()), "id"));
            }

            faults.AddRange(await RefusedAsync(await fixture.ClientForAsync(Police), "/provinces/22/cases/OV-CASE-1/opening", Case(Commands.Key(), id), "tipId"));
            faults.AddRange(await RefusedAsync(await fixture.ClientForAsync(Parties.InformationOfficer), "/communes/07030/surveys", Survey(Commands.Key(), id), "surveyId"));
            faults.AddRange(await RefusedAsync(await fixture.ClientForAsync(HoanhBoOfficer), "/districts/204/reporters", Reporter(Commands.Key(), id), "personId"));
            faults.AddRange(await RefusedAsync(await fixture.ClientForAsync(Parties.InformationOfficer), "/programs/QN-3087-2011-2015/legal-documents", Document(Commands.Key(), id), "documentCode"));
            refusals += 4;
        }

        var accepted = await ordinary;
        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults));
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, accepted.Count), accepted);
        var after = await ReadStateAsync(analyst);
        foreach (var path in State)
        {
            Assert.True(before[path] == after[path], $"{path} changed:\nbefore {before[path]}\nafter  {after[path]}");
        }

        var audited = fixture.SiloServices.GetRequiredService<MemoryAuditTrail>().Records.Count(r => r.Entry.Code == "invalidIdentifier");
        // Refusals of a route's id are answered by the web front end before any grain is called; every other is audited.
        Assert.True(audited >= refusals, $"only {audited} of {refusals} refusals were audited");
        Assert.All(fixture.SiloServices.GetRequiredService<MemoryAuditTrail>().Records, r =>
            Assert.True(r.Entry.Target.Length <= 300 && (r.Entry.IdempotencyKey?.Length ?? 0) <= 300 && !r.Entry.Target.Contains('\0'),
                $"an audit entry does not fit its columns: target of {r.Entry.Target.Length} characters"));
    }

    private static readonly ActingParty Police = new("ca-ov", "CA");

    private static readonly ActingParty HoanhBoOfficer = Commands.DistrictOfficer("204");

    private async Task<List<(HttpClient Party, string Path, Func<string, string, object> Body)>> FamiliesAsync() =>
    [
        (await fixture.ClientForAsync(Parties.InformationOfficer), "/communes/07030/surveys", Survey),
        (await fixture.ClientForAsync(HoanhBoOfficer), "/districts/204/reporters", Reporter),
        (await fixture.ClientForAsync(Parties.InformationOfficer), "/programs/QN-3087-2011-2015/legal-documents", Document),
        (await fixture.ClientForAsync(Police), "/provinces/22/cases/OV-CASE-1/opening", (key, _) => Case(key, null)),
        (await fixture.ClientForAsync(Parties.CaseWorker), "/provinces/22/persons/OV-PERSON-1/reception", (key, _) => Reception(key)),
    ];

    private static object Survey(string key, string id) => new { idempotencyKey = key, surveyId = id, conductedOn = "2013-05-01", respondents = 10, aware = 5 };

    private static object Reporter(string key, string id) => new { idempotencyKey = key, personId = id, registeredOn = "2013-05-01" };

    private static object Document(string key, string id) => new { idempotencyKey = key, documentCode = id, title = "Văn bản thử", issuedOn = "2013-05-01" };

    private static object Case(string key, string? tipId) =>
        new { idempotencyKey = key, openedOn = "2013-05-01", unitCode = "07030", suspects = 2, form = "marriage", abroad = true, tipId };

    private static object Reception(string key) => new
    {
        idempotencyKey = key, receivedOn = "2013-05-02", place = "mongCai", howReturned = "handedOver", countryCode = "CN",
        homeUnitCode = "07030", sex = "female", birthYear = 1996, personalData = new { fullName = "Người Thử Khóa Dài" }, wantsConfidentiality = false,
    };

    private static async Task<IEnumerable<string>> RefusedAsync(HttpClient client, string path, object body, string field)
    {
        using var response = await client.PostJsonTextAsync(path, JsonSerializer.Serialize(body, TestJson.Options));
        var text = await response.Content.ReadAsStringAsync();
        var shown = path.Length > 80 ? path[..80] + "…" : path;
        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            return [$"{shown} ({field}): {(int)response.StatusCode} {text[..Math.Min(200, text.Length)]}"];
        }

        var problem = await response.ProblemAsync();
        return problem.Field == field && problem.Code is "invalidIdentifier" && !string.IsNullOrEmpty(problem.MessageVi) && !string.IsNullOrEmpty(problem.MessageEn)
            && !text.Contains(new string('p', 200), StringComparison.Ordinal) && !text.Contains(new string('k', 200), StringComparison.Ordinal)
            ? []
            : [$"{shown} ({field}): {problem.Code} on '{problem.Field}'"];
    }

    /// <summary>Ordinary surveys of another commune, sent while the malformed commands arrive: every one must be accepted.</summary>
    private static async Task<List<HttpStatusCode>> OrdinaryTrafficAsync(HttpClient client)
    {
        await Task.Yield();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            using var response = await client.PostCommandAsync("/communes/06700/surveys",
                new { idempotencyKey = Commands.Key(), surveyId = $"KS-OV-{i}", conductedOn = "2014-05-01", respondents = 10, aware = 5 });
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    private static async Task<Dictionary<string, string>> ReadStateAsync(HttpClient client)
    {
        var state = new Dictionary<string, string>();
        foreach (var path in State)
        {
            // A problem's traceId differs per request; everything else must be the same.
            state[path] = Regex.Replace(await client.ReadAsync(path), "\"traceId\":\"[^\"]*\"", "");
        }

        return state;
    }
}
