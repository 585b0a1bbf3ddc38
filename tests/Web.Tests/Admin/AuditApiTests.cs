using System.Net;
using System.Net.Http.Json;
using System.Text;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Audit;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.Grains.Audit;
using AntiTrafficking.Web.Tests.Infrastructure;
using AntiTrafficking.WebFrontend.Admin;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static AntiTrafficking.Web.Tests.Infrastructure.Commands;

namespace AntiTrafficking.Web.Tests.Admin;

/// <summary>
/// GET /api/v1/audit: commands sent through the API are listed for an administrator with their fields, filtered and
/// paged, and exported as CSV and XLSX holding the same rows and no command value; a signed-in user who is not an
/// administrator gets 403 and an anonymous one 401; a filter that is not understood is a 400 in both languages; and
/// every administrator's read is itself in the trail. Commands go to commune 06661 (Giếng Đáy).
/// </summary>
[Collection(AuditWebCollection.Name)]
public sealed class AuditApiTests(AuditWebFixture fixture)
{
    private const string GiengDay = "06661";

    [Fact]
    public async Task CommandsAreListedWithTheirFieldsAndTheFiltersNarrowThem()
    {
        var (officer, keys, surveyIds) = await SendCommandsAsync();
        var admin = await AdminAsync();

        var page = await ReadAsync(admin, $"?actor={officer.UserId}");

        Assert.Equal(3, page.Total);
        Assert.Equal(
            [(keys[1], AuditActions.Rejected, "notPositive"), (keys[0], AuditActions.Duplicate, null), (keys[0], AuditActions.Accepted, (string?)null)],
            page.Entries.Select(e => (e.IdempotencyKey!, e.Outcome, e.Code)));
        Assert.All(page.Entries, e =>
        {
            Assert.Equal((officer.UserId, "TTTT", nameof(RecordSurvey), $"commune/{GiengDay}"), (e.ActorUserId, e.ActorAgency!, e.Action, e.Target));
            Assert.StartsWith("api ", e.Source);
        });
        Assert.True(page.Chain.Intact);

        Assert.Equal([keys[1]], (await ReadAsync(admin, $"?actor={officer.UserId}&outcome=rejected")).Entries.Select(e => e.IdempotencyKey));
        Assert.Equal(3, (await ReadAsync(admin, $"?actor={officer.UserId}&agency=TTTT&action=RecordSurvey&target=commune/{GiengDay}")).Total);
        Assert.Equal(0, (await ReadAsync(admin, $"?actor={officer.UserId}&agency=CA")).Total);
        var today = Indicators.VietnamTime.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd");
        Assert.Equal(3, (await ReadAsync(admin, $"?actor={officer.UserId}&from={today}&to={today}")).Total);
        Assert.Equal(0, (await ReadAsync(admin, $"?actor={officer.UserId}&to=2020-01-01")).Total);
        var second = await ReadAsync(admin, $"?actor={officer.UserId}&pageSize=2&page=2");
        Assert.Equal((3L, 2L, 2), (second.Total, second.Pages, second.Page));
        Assert.Equal([keys[0]], second.Entries.Select(e => e.IdempotencyKey));

        using var json = await admin.GetAsync($"/api/v1/audit?actor={officer.UserId}");
        var body = await json.Content.ReadAsStringAsync();
        Assert.All(surveyIds, id => Assert.DoesNotContain(id, body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheCsvAndXlsxExportsHoldTheFilteredRowsAndNoCommandValue()
    {
        var (officer, keys, surveyIds) = await SendCommandsAsync();
        var admin = await AdminAsync();
        var listed = (await ReadAsync(admin, $"?actor={officer.UserId}")).Entries;

        using var csv = await admin.GetAsync($"/api/v1/audit?actor={officer.UserId}&format=csv&pageSize=1");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv", csv.Content.Headers.ContentDisposition?.FileNameStar ?? csv.Content.Headers.ContentDisposition?.FileName);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(AuditExports.Header, lines[0]);
        Assert.Equal(
            listed.Select(e => $"{e.Sequence},{AuditExports.Time(e.RecordedAt)},{officer.UserId},TTTT,RecordSurvey,commune/{GiengDay},{e.Outcome},{e.Code},{e.Version},{e.IdempotencyKey},{e.Source},AgencyOfficer,,,,"),
            lines[1..]);
        Assert.Equal(keys[1], lines[1].Split(',')[9]);
        Assert.All(surveyIds, id => Assert.DoesNotContain(id, string.Join("\n", lines), StringComparison.Ordinal));

        using var xlsx = await admin.GetAsync($"/api/v1/audit?actor={officer.UserId}&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(
            listed.Select(e => (e.Sequence, e.IdempotencyKey, e.Outcome, e.Target)),
            rows.Select(r => (Convert.ToInt64(r["sequence"]), (string?)r["idempotencyKey"], (string)r["outcome"]!, (string)r["target"]!)));
    }

    [Fact]
    public async Task ANonAdministratorGets403AndAnAnonymousCaller401AndNeitherReachesTheTrail()
    {
        var before = Trail.Records.Count(r => r.Entry.Target == AuditReads.Target);
        foreach (var party in new ActingParty[]
        {
            new($"analyst-{Key()[..8]}", null, ActorRole.Analyst), new($"leader-{Key()[..8]}", null, ActorRole.Leader),
            new($"ca-{Key()[..8]}", "CA"), new($"d-{Key()[..8]}", null, ActorRole.DistrictOfficer, "193"),
            new($"cw-{Key()[..8]}", "CA", ActorRole.CaseWorker),
        })
        {
            var role = party.Role;
            var client = await fixture.SignedInClientAsync(party);
            foreach (var path in new[] { "/api/v1/audit", "/api/v1/audit?format=csv", "/api/v1/audit?format=xlsx", "/quan-tri/nhat-ky" })
            {
                using var response = await client.GetAsync(path);
                // The API answers 403; the page sends the signed-in user to the refusal page.
                var refused = path.StartsWith("/api", StringComparison.Ordinal)
                    ? response.StatusCode == HttpStatusCode.Forbidden
                    : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/dang-nhap/tu-choi", StringComparison.Ordinal);
                Assert.True(refused, $"{role} {path}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        using var anonymous = await fixture.AnonymousClient().GetAsync("/api/v1/audit?format=csv");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(before, Trail.Records.Count(r => r.Entry.Target == AuditReads.Target));
    }

    [Theory]
    [InlineData("?from=yesterday", "invalidFilter", "from")]
    [InlineData("?to=2026-13-01", "invalidFilter", "to")]
    [InlineData("?page=-1", "invalidFilter", "page")]
    [InlineData("?pageSize=100000", "outOfRange", "pageSize")]
    [InlineData("?from=2026-11-02&to=2026-11-01", "emptyRange", "to")]
    [InlineData("?format=pdf", "invalidFormat", "format")]
    public async Task AFilterThatIsNotUnderstoodIsA400InBothLanguages(string query, string code, string field)
    {
        using var response = await (await AdminAsync()).GetAsync("/api/v1/audit" + query);

        await Refusal.AssertInVietnameseAsync(response, HttpStatusCode.BadRequest, code, field);
    }

    [Fact]
    public async Task EveryAdministratorsReadAndExportIsInTheTrailWithItsSource()
    {
        var id = $"admin-{Key()[..8]}";
        var admin = await fixture.SignedInClientAsync(new ActingParty(id, null, ActorRole.Administrator));
        using (await admin.GetAsync("/api/v1/audit?actor=nobody"))
        using (await admin.GetAsync("/api/v1/audit?actor=nobody&format=csv"))
        {
        }

        var reads = Trail.Records.Select(r => r.Entry).Where(e => e.Target == AuditReads.Target && e.ActorUserId == id).ToList();
        Assert.Equal([AuditReads.ReadAction, AuditReads.ExportAction], reads.Select(e => e.Action));
        Assert.All(reads, e => Assert.Equal(AuditActions.Granted, e.Outcome));
        Assert.All(reads, e => Assert.StartsWith("api ", e.Source));
        Assert.Single(reads.Select(e => e.ActorUserId).Distinct());
    }

    private MemoryAuditTrail Trail => fixture.SiloServices.GetRequiredService<MemoryAuditTrail>();

    private Task<HttpClient> AdminAsync() => fixture.SignedInClientAsync(new ActingParty($"admin-{Key()[..8]}", null, ActorRole.Administrator));

    private static async Task<AuditPage> ReadAsync(HttpClient admin, string query)
    {
        using var response = await admin.GetAsync("/api/v1/audit" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /api/v1/audit{query} answered {(int)response.StatusCode}: {body}");
        return (await response.Content.ReadFromJsonAsync<AuditPage>(TestJson.Options))!;
    }

    /// <summary>An accepted survey, its retry and a refused one, from an officer of its own.</summary>
    private async Task<(ActingParty Officer, string[] Keys, string[] SurveyIds)> SendCommandsAsync()
    {
        var officer = new ActingParty($"tt-{Key()[..8]}", "TTTT");
        var client = fixture.CreateClient();
        string[] keys = [Key(), Key()];
        string[] surveys = [$"KS-{keys[0][..10]}", $"KS-{keys[1][..10]}"];
        var path = $"/communes/{GiengDay}/surveys";
        await client.AcceptAsync(path, new RecordSurvey(keys[0], officer, surveys[0], D(2013, 5, 2), 40, 30));
        using (await client.PostCommandAsync(path, new RecordSurvey(keys[0], officer, surveys[0], D(2013, 5, 2), 40, 30)))
        using (var refused = await client.PostCommandAsync(path, new RecordSurvey(keys[1], officer, surveys[1], D(2013, 5, 3), -1, 0)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        return (officer, keys, surveys);
    }
}
