using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests.Records;

/// <summary>
/// Finding and working records: the API's lists of tips, cases and persons with their filters and refusals, the list
/// pages and a record's page with its timeline, next step and the audited read of personal data. Records are dated
/// after the program (2011–2015), so that no figure other tests of the shared cluster read moves.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class RecordListPageTests(WebFixture fixture)
{
    private static readonly ActingParty Police = new("ca-list", "CA");

    [Fact]
    public async Task TheTipListOfTheApiFiltersByDistrictAndDateAndRefusesADistrictOfficerAnotherDistrict()
    {
        var police = await fixture.ClientForAsync(Police);
        await ReceiveTipAsync(police, "LIST-T1", "06862", "2026-08-08", "signsOfCrime");
        await ReceiveTipAsync(police, "LIST-T2", "06649", "2026-08-08", null);
        var analyst = await fixture.ClientForAsync(Parties.Analyst);

        var list = await ListAsync(analyst, "/provinces/22/tips?district=199&receivedFrom=2026-08-08&receivedTo=2026-08-08");
        var line = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(("LIST-T1", "signsOfCrime", "199", "06862", "CA", "2026-08-08", "tip"),
            (Text(line, "id"), Text(line, "status"), Text(line, "districtCode"), Text(line, "unitCode"), Text(line, "agencyCode"),
             Text(line, "datedOn"), Text(line, "kind")));
        Assert.Equal(1, list.GetProperty("total").GetInt32());

        var haLong = await fixture.ClientForAsync(Parties.HaLongOfficer);
        var own = await ListAsync(haLong, "/provinces/22/tips?receivedFrom=2026-08-08&receivedTo=2026-08-08");
        Assert.Equal(["LIST-T2"], own.GetProperty("items").EnumerateArray().Select(l => Text(l, "id")));
        using var other = await haLong.GetAsync(ApiCalls.Api + "/provinces/22/tips?district=199");
        await Refusal.AssertAsync(other, HttpStatusCode.Forbidden, "notPermitted", "reader.districtCode");
    }

    [Theory]
    [InlineData("receivedFrom=2012-13-01", "invalidDate", "receivedFrom")]
    [InlineData("pageSize=0", "outOfRange", "pageSize")]
    [InlineData("page=x", "invalidNumber", "page")]
    [InlineData("status=tried", "unknownValue", "status")]
    [InlineData("receivedFrom=2013-02-01&receivedTo=2013-01-01", "invalidRange", "receivedFrom")]
    public async Task AMalformedFilterIsRefusedNamingItInBothLanguages(string query, string code, string field)
    {
        var analyst = await fixture.ClientForAsync(Parties.Analyst);

        using var response = await analyst.GetAsync(ApiCalls.Api + "/provinces/22/tips?" + query);

        var problem = await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, code, field);
        Assert.NotEqual(problem.MessageVi, problem.MessageEn);
    }

    [Fact]
    public async Task PersonsAreListedToCaseWorkersOnlyAndNeverWithPersonalData()
    {
        var caseWorker = await fixture.ClientForAsync(Parties.CaseWorker);
        await caseWorker.AcceptAsync("/provinces/22/persons/LIST-P1/reception", Reception("Người Trong Danh Sách"));

        var list = await caseWorker.GetStringAsync(ApiCalls.Api + "/provinces/22/persons?receivedFrom=2026-09-09&receivedTo=2026-09-09");
        Assert.Contains("\"id\":\"LIST-P1\"", list);
        Assert.DoesNotContain("Người Trong Danh Sách", list);
        using var leader = await (await fixture.ClientForAsync(Parties.Leader)).GetAsync(ApiCalls.Api + "/provinces/22/persons");
        Assert.Equal(HttpStatusCode.Forbidden, leader.StatusCode);
        // Another agency's receptions: only those the reader's agency has (none here), never a refusal that says they exist.
        var otherAgency = await ListAsync(caseWorker, "/provinces/22/persons?agency=CA&receivedFrom=2026-09-09&receivedTo=2026-09-09");
        Assert.Equal(0, otherAgency.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task TheTipPagesListTheTipAndShowItsTimelineAndNextStepInWords()
    {
        var police = await fixture.ClientForAsync(Police);
        await ReceiveTipAsync(police, "LIST-T3", "06862", "2026-08-10", "signsOfCrime");
        var analyst = await fixture.SignedInClientAsync(Parties.Analyst);

        var list = await analyst.GetStringAsync("/tin-bao?district=199&receivedFrom=2026-08-10&receivedTo=2026-08-10");
        var record = await analyst.GetStringAsync("/tin-bao/LIST-T3");

        Assert.Contains("<tr data-record=\"LIST-T3\">", list);
        Assert.Contains("<a href=\"/tin-bao/LIST-T3\">LIST-T3</a>", list);
        Assert.Contains("data-status=\"signsOfCrime\">Có dấu hiệu tội phạm</td>", list);
        Assert.Contains("1 hồ sơ phù hợp với bộ lọc", list);
        Assert.Contains("data-status=\"signsOfCrime\">Có dấu hiệu tội phạm</strong>", record);
        Assert.Contains("<tr data-step=\"received\">", record);
        Assert.Contains("<td>10/08/2026</td>", record);
        Assert.Contains("<td>Phân loại</td>", record);
        Assert.Contains("<td>Tin báo của công dân</td>", record);
        Assert.Contains("<td>ca-list</td>", record);
        Assert.Contains("Kết luận xác minh (khởi tố hoặc không khởi tố)", record);
        using var unknown = await analyst.GetAsync("/tin-bao/LIST-NONE");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task APersonsPageShowsPersonalDataOnlyAfterTheAuditedReadWithAPurpose()
    {
        var api = await fixture.ClientForAsync(Parties.CaseWorker);
        await api.AcceptAsync("/provinces/22/persons/LIST-P2/reception", Reception("Người Cần Bảo Vệ"));
        var caseWorker = await fixture.SignedInClientAsync(Parties.CaseWorker);

        var before = await caseWorker.GetStringAsync("/nan-nhan/LIST-P2");
        var token = await SignIn.AntiforgeryTokenAsync(caseWorker, "/nan-nhan/LIST-P2");
        using var read = await caseWorker.PostAsync("/nan-nhan/LIST-P2?handler=Read", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("purpose", "Lập kế hoạch hỗ trợ")]));
        var after = await read.Content.ReadAsStringAsync();

        Assert.DoesNotContain("Người Cần Bảo Vệ", before);
        Assert.Contains("id=\"read-personal-data\"", before);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("no-store", read.Headers.CacheControl?.ToString());
        Assert.Contains("<dd>Người Cần Bảo Vệ</dd>", after);
        Assert.Contains("<tr data-step=\"personalDataRead\">", after);
        Assert.Contains("<td>Lập kế hoạch hỗ trợ</td>", after);
        var list = await caseWorker.GetStringAsync("/nan-nhan?receivedFrom=2026-09-09&receivedTo=2026-09-09");
        Assert.Contains("<a href=\"/nan-nhan/LIST-P2\">LIST-P2</a>", list);
        Assert.DoesNotContain("Người Cần Bảo Vệ", list);

        var leader = await fixture.SignedInClientAsync(Parties.Leader);
        using var refused = await leader.GetAsync("/nan-nhan");
        Assert.Equal("/dang-nhap/tu-choi", refused.Headers.Location?.AbsolutePath);
    }

    private static object Reception(string name) => new
    {
        idempotencyKey = Commands.Key(), receivedOn = "2026-09-09", place = "mongCai", howReturned = "handedOver", countryCode = "CN",
        homeUnitCode = "06715", sex = "female", birthYear = 1994, personalData = new { fullName = name }, wantsConfidentiality = false,
    };

    private static async Task ReceiveTipAsync(HttpClient police, string id, string unit, string receivedOn, string? classification)
    {
        await police.AcceptAsync($"/provinces/22/tips/{id}/receipt", new { idempotencyKey = Commands.Key(), receivedOn, unitCode = unit, source = "citizen" });
        if (classification is not null)
        {
            await police.AcceptAsync($"/provinces/22/tips/{id}/classification", new
            {
                idempotencyKey = Commands.Key(), classifiedOn = DateOnly.Parse(receivedOn).AddDays(2).ToString("yyyy-MM-dd"), classification,
            });
        }
    }

    private static async Task<JsonElement> ListAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(ApiCalls.Api + path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();

    [Fact]
    public async Task AnOverdueTipIsInThePolicesInboxAndCountedOnItsDistrictsPageForSignedInUsersOnly()
    {
        // The grains' today is 28/11/2026: a tip received on 01/11/2026 passed its 20 days on 21/11.
        var police = await fixture.ClientForAsync(Police);
        var before = await OverdueTipsAsync(await fixture.SignedInClientAsync(Parties.Analyst), "/huyen/199");
        await ReceiveTipAsync(police, "LIST-DUE-1", "06862", "2026-11-01", null);

        var inbox = await ListAsync(police, "/provinces/22/inbox");
        var line = inbox.GetProperty("items").EnumerateArray().Single(l => Text(l, "id") == "LIST-DUE-1");
        Assert.Equal(("2026-11-21", "2026-11-28"), (Text(line, "dueOn"), inbox.GetProperty("today").GetString()));
        var page = await (await fixture.SignedInClientAsync(new ActingParty("ca-inbox-page", "CA"))).GetStringAsync("/hop-thu");
        Assert.Contains("<tr data-record=\"LIST-DUE-1\" data-due=\"overdue\">", page);
        Assert.Contains("<td>21/11/2026 · quá hạn 7 ngày</td>", page);
        Assert.Contains("Phân loại tin báo", page);
        // The Court takes no step on a tip: not in its inbox.
        var court = await ListAsync(await fixture.ClientForAsync(new ActingParty("ta-inbox", "TA")), "/provinces/22/inbox");
        Assert.DoesNotContain(court.GetProperty("items").EnumerateArray(), l => Text(l, "id") == "LIST-DUE-1");

        Assert.Equal(before + 1, await OverdueTipsAsync(await fixture.SignedInClientAsync(Parties.Analyst), "/huyen/199"));
        Assert.DoesNotContain("id=\"overdue\"", await fixture.AnonymousClient().GetStringAsync("/huyen/199"));
    }

    private static async Task<int> OverdueTipsAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = System.Text.RegularExpressions.Regex.Match(html, "id=\"overdue\" data-tips=\"(\\d+)\"");
        Assert.True(match.Success, "the page shows no overdue counts");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
