using AntiTrafficking.GrainInterfaces;
using System.Net.Http.Json;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests;

/// <summary>
/// The forms of the last commands that had none: appeal judgments and overturnings of a case, a peak campaign's plan
/// and results, the three-sector statistics and a person's change of home. Each posts its command (the stored record
/// and the figures change) and each bad field is explained next to it while nothing changes. Units used only here:
/// Hoành Bồ (204: communes 07033, 07036, 07039) and Ba Chẽ (202).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CourtCampaignStatisticsAndHomeFormTests(WebFixture fixture)
{
    private const string Cases = "/provinces/22/cases/";
    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task AnAppealJudgmentFromItsFormPutsTheJudgmentInForceAndABadDateOrNoOutcomeChangesNothing()
    {
        await TriedCaseAsync("FORM-APPEAL-1", "07033", tried: "2013-08-01");
        var before = await _client.ReadAsync(Cases + "FORM-APPEAL-1");

        var early = await PostAsync("xet-xu-phuc-tham", Court("FORM-APPEAL-1", ("decidedOn", "2013-07-01"), ("outcome", "upheld")));
        var noOutcome = await PostAsync("xet-xu-phuc-tham", Court("FORM-APPEAL-1", ("decidedOn", "2013-10-10"), ("outcome", "")));

        Assert.NotNull(FormPages.ErrorOf(early, "decidedOn"));
        Assert.Equal("Quyết định phúc thẩm: Hãy chọn một giá trị.", FormPages.ErrorOf(noOutcome, "outcome"));
        Assert.DoesNotContain("id=\"entry-confirmation\"", early + noOutcome);
        Assert.Equal(before, await _client.ReadAsync(Cases + "FORM-APPEAL-1"));

        var accepted = await PostAsync("xet-xu-phuc-tham", Court("FORM-APPEAL-1", ("decidedOn", "2013-10-10"), ("outcome", "upheld")));

        Assert.Contains("Đã ghi nhận.", accepted);
        var view = await CaseAsync("FORM-APPEAL-1");
        Assert.Equal(CaseStatus.InForce, view.Status);
        Assert.Equal(new CaseJudgment(new DateOnly(2013, 10, 10), OnAppeal: true), view.Judgments.Single());
        var sound = (await _client.ScorecardAsync("/communes/07033/scorecard?period=2013")).Indicators.Single(i => i.Code == "IND-11");
        Assert.Equal((1, 1), (sound.Numerator, sound.Denominator));
    }

    [Fact]
    public async Task AnOverturningAsWrongfulFromItsFormStopsTheJudgmentCountingAsSoundAndAFutureDateChangesNothing()
    {
        await TriedCaseAsync("FORM-OVERTURN-1", "07036", tried: "2012-08-01");
        await _client.AcceptAsync(Cases + "FORM-OVERTURN-1/judgment-in-force", new
        {
            idempotencyKey = Commands.Key(), actor = new { userId = "ta-01", agencyCode = "TA" }, inForceOn = "2012-08-20",
        });
        var before = await _client.ReadAsync(Cases + "FORM-OVERTURN-1");

        var future = await PostAsync("giam-doc-tham-tai-tham", Court("FORM-OVERTURN-1", ("overturnedOn", "2099-01-01"), ("wrongful", "true")));
        var noCase = await PostAsync("giam-doc-tham-tai-tham", Court("FORM-NO-SUCH-CASE", ("overturnedOn", "2013-01-01"), ("wrongful", "true")));

        Assert.NotNull(FormPages.ErrorOf(future, "overturnedOn"));
        Assert.Equal("Số hiệu vụ án: Chưa có vụ án này.", FormPages.ErrorOf(noCase, "target"));
        Assert.Equal(before, await _client.ReadAsync(Cases + "FORM-OVERTURN-1"));
        var soundBefore = (await _client.ScorecardAsync("/communes/07036/scorecard?period=2012")).Indicators.Single(i => i.Code == "IND-11");
        Assert.Equal((1, 1), (soundBefore.Numerator, soundBefore.Denominator));

        var accepted = await PostAsync("giam-doc-tham-tai-tham",
            Court("FORM-OVERTURN-1", ("overturnedOn", "2013-04-02"), ("wrongful", "true"), ("retrialOrdered", "true")));

        Assert.Contains("Đã ghi nhận.", accepted);
        var view = await CaseAsync("FORM-OVERTURN-1");
        Assert.Equal(CaseStatus.AwaitingTrial, view.Status);
        Assert.Equal(new CaseJudgment(new DateOnly(2012, 8, 20), false, new DateOnly(2013, 4, 2), Wrongful: true), view.Judgments.Single());
        var sound = (await _client.ScorecardAsync("/communes/07036/scorecard?period=2012")).Indicators.Single(i => i.Code == "IND-11");
        Assert.Equal((0, 1), (sound.Numerator, sound.Denominator));
    }

    [Fact]
    public async Task APeakCampaignPlannedAndItsResultsRecordedFromTheFormsReachTheDistrictAndBadFieldsChangeNothing()
    {
        var unknownDistrict = await PostAsync("mo-dot-cao-diem", Police("FORM-K-2014",
            ("name", "Cao điểm biên giới 2014"), ("startsOn", "2014-03-01"), ("endsOn", "2014-04-30"), ("districtCodes", "204, 999")));
        var missingName = await PostAsync("mo-dot-cao-diem", Police("FORM-K-2014",
            ("name", ""), ("startsOn", "2014-03-01"), ("endsOn", "2014-04-30"), ("districtCodes", "204")));

        Assert.Contains("999", FormPages.ErrorOf(unknownDistrict, "districtCodes"));
        Assert.Equal("Tên đợt cao điểm: Trường này là bắt buộc.", FormPages.ErrorOf(missingName, "name"));
        Assert.StartsWith("404 ", await _client.ReadAsync("/provinces/22/campaigns/FORM-K-2014"));

        var planned = await PostAsync("mo-dot-cao-diem", Police("FORM-K-2014",
            ("name", "Cao điểm biên giới 2014"), ("startsOn", "2014-03-01"), ("endsOn", "2014-04-30"), ("districtCodes", "204, 202")));

        Assert.Contains("Đã ghi nhận.", planned);
        var campaign = await CampaignAsync();
        Assert.Equal(("Cao điểm biên giới 2014", new DateOnly(2014, 3, 1), new DateOnly(2014, 4, 30)), (campaign.Name, campaign.StartsOn, campaign.EndsOn));
        Assert.Equal(["204", "202"], campaign.DistrictCodes.ToArray());

        var outside = await PostAsync("ket-qua-dot-cao-diem", Police("FORM-K-2014",
            ("result.districtCode", "204"), ("result.recordedOn", "2014-06-01"), ("result.arrests", "3"), ("result.casesDetected", "2")));
        var unreadable = await PostAsync("ket-qua-dot-cao-diem", Police("FORM-K-2014",
            ("result.districtCode", "204"), ("result.recordedOn", "2014-03-15"), ("result.arrests", "ba"), ("result.casesDetected", "2")));

        Assert.NotNull(FormPages.ErrorOf(outside, "result.recordedOn"));
        Assert.Equal("Số đối tượng bị bắt: Phải là một số nguyên.", FormPages.ErrorOf(unreadable, "result.arrests"));
        Assert.Empty((await CampaignAsync()).Results);

        var results = await PostAsync("ket-qua-dot-cao-diem", Police("FORM-K-2014",
            ("result.districtCode", "204"), ("result.recordedOn", "2014-03-15"), ("result.arrests", "3"), ("result.casesDetected", "2")));

        Assert.Contains("Đã ghi nhận.", results);
        Assert.Contains("href=\"/huyen/204?period=2014\"", results);
        Assert.Equal(new CampaignResult("204", new DateOnly(2014, 3, 15), 3, 2), (await CampaignAsync()).Results.Single());
        var district = await _client.ScorecardAsync("/districts/204/scorecard?period=2014");
        Assert.Equal(3, district.Outputs.Single(o => o.Code == "OUT-26" && o.Key is null).Value);
        Assert.Equal(2, district.Outputs.Single(o => o.Code == "OUT-27" && o.Key is null).Value);
    }

    [Fact]
    public async Task ThreeSectorStatisticsFromTheFormAreStoredForTheirPeriodAndABadPeriodOrANegativeFigureChangesNothing()
    {
        var before = await _client.ReadAsync("/provinces/22/three-sector-statistics?period=2012-H2");

        var badPeriod = await PostAsync("thong-ke-lien-nganh", Agency("VKS", "2012-Q5", ("counts.casesProsecuted", "4")));
        var negative = await PostAsync("thong-ke-lien-nganh", Agency("VKS", "2012-H2", ("counts.casesProsecuted", "-1")));
        var nothing = await PostAsync("thong-ke-lien-nganh", Agency("VKS", "2012-H2"));

        Assert.Equal("Kỳ thống kê (năm 2013, 6 tháng 2013-H1, quý 2013-Q2): Kỳ không hợp lệ: năm (2013), 6 tháng (2013-H1) hoặc quý (2013-Q2).", FormPages.ErrorOf(badPeriod, "target"));
        Assert.NotNull(FormPages.ErrorOf(negative, "counts.casesProsecuted"));
        Assert.Contains("id=\"form-error\">Phải có ít nhất một số liệu.<", nothing);
        Assert.Equal(before, await _client.ReadAsync("/provinces/22/three-sector-statistics?period=2012-H2"));

        // The period as typed in lower case is the period the API names 2012-H2.
        var accepted = await PostAsync("thong-ke-lien-nganh", Agency("CA", "2012-h2", ("counts.casesOpened", "3"), ("counts.suspectsProsecuted", "5")));

        Assert.Contains("Đã ghi nhận.", accepted);
        using var response = await _client.GetAsync(ApiCalls.Api + "/provinces/22/three-sector-statistics?period=2012-H2");
        var statistics = (await response.Content.ReadFromJsonAsync<ThreeSectorView>(TestJson.Options))!;
        var police = statistics.Rows.ToDictionary(r => r.Category, r => r.Police);
        Assert.Equal(3, police[StatisticsCategory.CasesOpened]);
        Assert.Equal(5, police[StatisticsCategory.SuspectsProsecuted]);
        Assert.Null(police[StatisticsCategory.CasesTried]);
        Assert.All(statistics.Rows, r => Assert.Null(r.Procuracy));
    }

    [Fact]
    public async Task AChangeOfHomeFromItsFormMovesThePersonsFiguresToTheNewCommuneAndAnUnknownUnitChangesNothing()
    {
        await _client.AcceptAsync("/provinces/22/persons/TN-FORM-HOME-1/reception", new
        {
            idempotencyKey = Commands.Key(), actor = new { userId = "ldtbxh-01", agencyCode = "LDTBXH", role = "caseWorker" },
            receivedOn = "2014-04-01", place = "mongCai", howReturned = "handedOver", countryCode = "CN", homeUnitCode = "07036",
            sex = "female", birthYear = 1994, personalData = new { fullName = "Người Chuyển Nhà" }, wantsConfidentiality = false,
        });
        // A person's record is read by a case worker only.
        var caseWorker = await fixture.ClientForAsync(new ActingParty("ldtbxh-01", "LDTBXH", ActorRole.CaseWorker));
        var before = await caseWorker.ReadAsync("/provinces/22/persons/TN-FORM-HOME-1");

        var unknown = await PostAsync("sua-noi-cu-tru", Agency("LDTBXH", "TN-FORM-HOME-1", ("homeUnitCode", "99999"), ("changedOn", "2014-05-01")));
        var badDate = await PostAsync("sua-noi-cu-tru", Agency("LDTBXH", "TN-FORM-HOME-1", ("homeUnitCode", "07039"), ("changedOn", "01/05/2014")));

        Assert.Contains("99999", FormPages.ErrorOf(unknown, "homeUnitCode"));
        Assert.Equal("Ngày sửa: Ngày không hợp lệ (năm-tháng-ngày).", FormPages.ErrorOf(badDate, "changedOn"));
        Assert.Equal(before, await caseWorker.ReadAsync("/provinces/22/persons/TN-FORM-HOME-1"));
        Assert.Equal(1, await ReceivedAsync("07036"));

        var accepted = await PostAsync("sua-noi-cu-tru", Agency("LDTBXH", "TN-FORM-HOME-1", ("homeUnitCode", "07039"), ("changedOn", "2014-05-01")));

        Assert.Contains("Đã ghi nhận.", accepted);
        Assert.Contains("href=\"/xa/07039?period=2014\"", accepted);
        Assert.DoesNotContain("Người Chuyển Nhà", accepted);
        using var response = await caseWorker.GetAsync(ApiCalls.Api + "/provinces/22/persons/TN-FORM-HOME-1");
        Assert.Equal("07039", (await response.Content.ReadFromJsonAsync<VictimView>(TestJson.Options))!.HomeUnitCode);
        Assert.Equal(0, await ReceivedAsync("07036"));
        Assert.Equal(1, await ReceivedAsync("07039"));
    }

    [Fact]
    public async Task TheNewFormsAreListedUnderTheirProjectsForTheAgenciesDoingThemAndLabelledInEnglishOnTheEnglishPage()
    {
        var court = await fixture.SignedInClientAsync(new ActingParty("ta-form", "TA"));
        var police = await fixture.SignedInClientAsync(new ActingParty("ca-form", "CA"));
        var list = await court.GetStringAsync("/nhap-lieu");
        var policeList = await police.GetStringAsync("/nhap-lieu");
        var english = await court.GetStringAsync("/nhap-lieu/giam-doc-tham-tai-tham?culture=en-GB");

        foreach (var slug in new[] { "xet-xu-phuc-tham", "giam-doc-tham-tai-tham", "thong-ke-lien-nganh" })
        {
            Assert.Contains($"href=\"/nhap-lieu/{slug}\"", Section(list, "forms-project-2"));
        }

        foreach (var slug in new[] { "mo-dot-cao-diem", "ket-qua-dot-cao-diem", "thong-ke-lien-nganh" })
        {
            Assert.Contains($"href=\"/nhap-lieu/{slug}\"", Section(policeList, "forms-project-2"));
        }

        Assert.DoesNotContain("href=\"/nhap-lieu/mo-dot-cao-diem\"", list);

        Assert.Contains("href=\"/nhap-lieu/sua-noi-cu-tru\"", Section(policeList, "forms-project-3"));
        Assert.DoesNotContain("forms-project-3", list);
        Assert.Contains("<h1>Cassation or reopening</h1>", english);
        Assert.Contains("for=\"f-wrongful\">The judgment convicted wrongly</label>", english);
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {id}");
        return html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
    }

    /// <summary>Opens the form signed in as an officer of the entry's agency, and posts the entry's values.</summary>
    private async Task<string> PostAsync(string form, FormEntry entry)
    {
        var client = await fixture.SignedInClientAsync(new ActingParty(entry.Agency.ToLowerInvariant() + "-form", entry.Agency));
        return await client.PostAsync(form, await client.OpenAsync(form), entry.Values);
    }

    private async Task TriedCaseAsync(string id, string commune, string tried)
    {
        var year = tried[..4];
        await _client.AcceptAsync(Cases + id + "/opening", new
        {
            idempotencyKey = Commands.Key(), actor = new { userId = "ca-01", agencyCode = "CA" }, openedOn = $"{year}-02-01", unitCode = commune,
            suspects = 2, form = "marriage", abroad = true,
        });
        await _client.AcceptAsync(Cases + id + "/prosecution", new
        {
            idempotencyKey = Commands.Key(), actor = new { userId = "vks-01", agencyCode = "VKS" }, sentToCourtOn = $"{year}-05-01", suspectsProsecuted = 2,
        });
        await _client.AcceptAsync(Cases + id + "/trials", new
        {
            idempotencyKey = Commands.Key(), actor = new { userId = "ta-01", agencyCode = "TA" }, triedOn = tried, verdict = "convicted", peopleConvicted = 2,
            mobile = false,
        });
    }

    private async Task<CaseView> CaseAsync(string id)
    {
        using var response = await _client.GetAsync(ApiCalls.Api + Cases + id);
        return (await response.Content.ReadFromJsonAsync<CaseView>(TestJson.Options))!;
    }

    private async Task<CampaignView> CampaignAsync()
    {
        using var response = await _client.GetAsync(ApiCalls.Api + "/provinces/22/campaigns/FORM-K-2014");
        return (await response.Content.ReadFromJsonAsync<CampaignView>(TestJson.Options))!;
    }

    private async Task<long> ReceivedAsync(string commune) =>
        (await _client.ScorecardAsync($"/communes/{commune}/scorecard?period=2014")).Indicators.Single(i => i.Code == "IND-12").Denominator;

    private static FormEntry Court(string caseId, params (string Name, string Value)[] values) => Agency("TA", caseId, values);

    private static FormEntry Police(string target, params (string Name, string Value)[] values) => Agency("CA", target, values);

    private static FormEntry Agency(string agency, string target, params (string Name, string Value)[] values)
    {
        var all = new Dictionary<string, string> { ["target"] = target };
        foreach (var (name, value) in values)
        {
            all[name] = value;
        }

        return new FormEntry(agency, all);
    }

    /// <summary>A form's values, entered by an officer of <paramref name="Agency"/>.</summary>
    private sealed record FormEntry(string Agency, Dictionary<string, string> Values);
}
