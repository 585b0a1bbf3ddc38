using System.Net;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests.Reporting;

/// <summary>
/// Reporting from the page: a district sends its report, the standing office approves and locks the period, a
/// later report without a reason is refused; each state is read back from the page and from the API. Each test has
/// a period of its own (ended and closed on the collection's calendar).
/// </summary>
[Collection(ReportingWebCollection.Name)]
public sealed class ReportingPageFormTests(ReportingWebFixture fixture)
{
    private readonly HttpClient _api = fixture.CreateClient();

    [Fact]
    public async Task ADistrictOfficerSubmitsFromThePageAndTheReportReadsSubmittedInThePageAndTheApi()
    {
        var officer = new ActingParty("page-ubnd-193", null, ActorRole.DistrictOfficer, "193");
        var client = await fixture.SignedInClientAsync(officer);
        var page = await client.PageAsync("2012-Q4");
        Assert.Contains("id=\"submit-report\"", page);
        Assert.DoesNotContain("id=\"approve-period\"", page);
        Assert.Equal("NotSubmitted", ReportingForms.RowOf(page, "193").State);

        var key = ReportingForms.KeyOf(page);
        var values = new Dictionary<string, string> { ["narrative"] = "Quý IV: 12 buổi tuyên truyền tại các xã.", ["idempotencyKey"] = key };
        var (status, html) = await client.PostFormAsync("2012-Q4", "Submit", values);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Đã nhận báo cáo của đơn vị.", ReportingForms.TextOf(html, "report-done"));
        var report = await _api.GetAsync<ReportView>(ReportingApi.Root + "/periods/2012-Q4/reports/193");
        var revision = Assert.Single(report.Revisions);
        Assert.Equal(("page-ubnd-193", "Quý IV: 12 buổi tuyên truyền tại các xã."), (revision.UserId, revision.Narrative));
        var (state, cells) = ReportingForms.RowOf(html, "193");
        Assert.Equal(("Submitted", "Đã gửi", $"page-ubnd-193 · {revision.SubmittedOn:dd/MM/yyyy}", "1"), (state, cells[5], cells[6], cells[4]));
        var row = (await _api.GetAsync<PeriodStatus>(ReportingApi.Root + "/periods/2012-Q4")).Reporters.Single(r => r.ReporterCode == "193");
        Assert.Equal((SubmissionStatus.Late, 1), (row.Status, row.Revisions));

        // The same form sent twice (the same idempotency key) counts once.
        var (again, twice) = await client.PostFormAsync("2012-Q4", "Submit", values);
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Contains("không tính thêm lần nữa", ReportingForms.TextOf(twice, "report-done"));
        Assert.Single((await _api.GetAsync<ReportView>(ReportingApi.Root + "/periods/2012-Q4/reports/193")).Revisions);
    }

    [Fact]
    public async Task TheStandingOfficeApprovesAndLocksAndALaterReportWithoutAReasonIsRefusedAndChangesNothing()
    {
        const string period = ReportingApi.Root + "/periods/2012-H2";
        var district = await fixture.SignedInClientAsync(new ActingParty("page-ubnd-195", null, ActorRole.DistrictOfficer, "195"));
        Assert.Equal(HttpStatusCode.OK, (await district.PostFormAsync("2012-H2", "Submit", new Dictionary<string, string> { ["narrative"] = "Báo cáo 6 tháng cuối năm." })).Status);
        await Eventually.ReturnsAsync(() => _api.GetAsync<PeriodStatus>(period), s => s.ClosedOn is not null, "2012-H2 to close", TimeSpan.FromSeconds(20));

        var office = await fixture.SignedInClientAsync(new ActingParty("page-ca-138", "CA", ActorRole.AgencyOfficer));
        Assert.Contains("id=\"approve-period\"", await office.PageAsync("2012-H2"));
        var (status, html) = await office.PostFormAsync("2012-H2", "Approve", new Dictionary<string, string> { ["note"] = "Đủ báo cáo của huyện." });

        Assert.Equal(HttpStatusCode.OK, status);
        var approval = (await _api.GetAsync<PeriodStatus>(period)).Approval;
        Assert.Equal(("page-ca-138", "Đủ báo cáo của huyện."), (approval?.UserId, approval?.Note));
        Assert.Equal("Đã phê duyệt báo cáo tổng hợp; kỳ đã khóa.", ReportingForms.TextOf(html, "report-done"));
        Assert.Equal($"{approval!.ApprovedOn:dd/MM/yyyy} · page-ca-138", ReportingForms.TextOf(html, "approval"));
        Assert.Equal("Đã khóa kỳ", ReportingForms.TextOf(html, "locked"));
        Assert.Equal(("Approved", "Đã phê duyệt"), (ReportingForms.RowOf(html, "195").State, ReportingForms.RowOf(html, "195").Cells[5]));
        Assert.DoesNotContain("id=\"approve-period\"", html);

        // Locked: a report sent again without a reason is refused, in Vietnamese or English, and what was typed stays.
        var later = new Dictionary<string, string> { ["narrative"] = "Bổ sung số liệu." };
        var (refused, refusal) = await district.PostFormAsync("2012-H2", "Submit", later);
        Assert.Equal(HttpStatusCode.Conflict, refused);
        Assert.Equal("Báo cáo tổng hợp của kỳ đã được phê duyệt: sửa báo cáo phải nêu lý do.", ReportingForms.TextOf(refusal, "report-refusal"));
        Assert.Contains(">Bổ sung số liệu.</textarea>", refusal);
        var (_, english) = await district.PostFormAsync("2012-H2", "Submit", later, culture: "en-GB");
        Assert.Equal("The period's consolidated report is approved: a change must give its reason.", ReportingForms.TextOf(english, "report-refusal"));
        Assert.Single((await _api.GetAsync<ReportView>(period + "/reports/195")).Revisions);

        // With its reason the change is kept beside the approved version, and the page says so.
        var (revised, page) = await district.PostFormAsync("2012-H2", "Submit", new Dictionary<string, string>(later) { ["reason"] = "Số liệu công an huyện gửi muộn." });
        Assert.Equal(HttpStatusCode.OK, revised);
        Assert.Equal(("RevisedAfterApproval", "Sửa sau phê duyệt"), (ReportingForms.RowOf(page, "195").State, ReportingForms.RowOf(page, "195").Cells[5]));
        var report = await _api.GetAsync<ReportView>(period + "/reports/195");
        Assert.Equal([false, true], report.Revisions.Select(r => r.AfterApproval));
    }

    [Fact]
    public async Task ReadersSeeNoFormsAndWhatTheyPostIsRefusedWithoutChangingAnything()
    {
        const string period = ReportingApi.Root + "/periods/2012-Q1";
        var before = await _api.ReadAsync(period);
        var analyst = await fixture.SignedInClientAsync(Parties.Analyst);
        var page = await analyst.PageAsync("2012-Q1");
        Assert.DoesNotContain("id=\"submit-report\"", page);
        Assert.DoesNotContain("id=\"approve-period\"", page);

        var (submitted, submitHtml) = await analyst.PostFormAsync("2012-Q1", "Submit", new Dictionary<string, string> { ["narrative"] = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, submitted);
        Assert.Equal("Chỉ cán bộ của cơ quan hoặc huyện có nghĩa vụ báo cáo được gửi báo cáo của đơn vị mình.", ReportingForms.TextOf(submitHtml, "report-refusal"));

        // An agency officer other than the standing office sees its own report's form, not the approval, and may not approve.
        var justice = await fixture.SignedInClientAsync(new ActingParty("page-tp", "TP", ActorRole.AgencyOfficer));
        var justicePage = await justice.PageAsync("2012-Q1");
        Assert.Contains("id=\"submit-report\"", justicePage);
        Assert.DoesNotContain("id=\"approve-period\"", justicePage);
        var (approved, approveHtml) = await justice.PostFormAsync("2012-Q1", "Approve", new Dictionary<string, string>(), culture: "en-GB");
        Assert.Equal(HttpStatusCode.Forbidden, approved);
        Assert.NotNull(ReportingForms.TextOf(approveHtml, "report-refusal"));

        Assert.Equal(before, await _api.ReadAsync(period));
    }
}
