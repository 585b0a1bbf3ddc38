using System.Net;
using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests.Reporting;

/// <summary>Bad reporting input gets problem details in Vietnamese and English and changes nothing.</summary>
[Collection(ReportingWebCollection.Name)]
public sealed class ReportingApiRefusalTests(ReportingWebFixture fixture)
{
    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task WrongReportsAreRefusedWithTheFieldAtFaultAndChangeNothing()
    {
        const string status = ReportingApi.Root + "/periods/2012-Q2";
        var before = await _client.ReadAsync(status);

        await Refusal.AssertInVietnameseAsync(await _client.SubmitAsync("2012-Q2", ReportingApi.Report("999", ReportingApi.DistrictOfficer("193"))),
            HttpStatusCode.BadRequest, "unknownReporter", "reporterCode");
        await Refusal.AssertInVietnameseAsync(await _client.SubmitAsync("2012-Q2", ReportingApi.Report("VKS", ReportingApi.Agency("TTTT"))),
            HttpStatusCode.Forbidden, "notPermitted", "actor.agencyCode");
        await Refusal.AssertInVietnameseAsync(await _client.SubmitAsync("2012-Q2", ReportingApi.Report("TTTT", ReportingApi.Agency("TTTT"), figures: new ReportFigure("OUT-77", 1))),
            HttpStatusCode.BadRequest, "unknownFigure", "figures[0].code");
        await Refusal.AssertInVietnameseAsync(await _client.SubmitAsync("2015-Q4", ReportingApi.Report("TTTT", ReportingApi.Agency("TTTT"))),
            HttpStatusCode.BadRequest, "periodNotEnded", "period");
        await Refusal.AssertInVietnameseAsync(await _client.SubmitAsync("2016-Q1", ReportingApi.Report("TTTT", ReportingApi.Agency("TTTT"))),
            HttpStatusCode.BadRequest, "periodOutsideProgram", "period");
        await Refusal.AssertInVietnameseAsync(await _client.PostJsonTextAsync(ReportingApi.Root + "/periods/2012-Q2/reports", """{"idempotencyKey":"x","reporterCode":"TTTT"}"""),
            HttpStatusCode.BadRequest, "malformedJson", "narrative");

        Assert.Equal(before, await _client.ReadAsync(status));
    }

    [Fact]
    public async Task OnlyTheStandingOfficeApprovesAndOnlyAClosedPeriod()
    {
        await Refusal.AssertInVietnameseAsync(await _client.ApproveAsync("2015-Q1", ReportingApi.Approval(ReportingApi.StandingOffice)),
            HttpStatusCode.BadRequest, "periodNotClosed", "period");
        await Eventually.ReturnsAsync(() => _client.GetAsync<PeriodStatus>(ReportingApi.Root + "/periods/2012-Q3"), s => s.ClosedOn is not null,
            "2012-Q3 to close", TimeSpan.FromSeconds(20));
        await Refusal.AssertInVietnameseAsync(await _client.ApproveAsync("2012-Q3", ReportingApi.Approval(ReportingApi.Agency("VKS"))),
            HttpStatusCode.Forbidden, "notPermitted", "actor.agencyCode");

        Assert.Null((await _client.GetAsync<PeriodStatus>(ReportingApi.Root + "/periods/2012-Q3")).Approval);
    }

    [Fact]
    public async Task UnknownPeriodsProvincesAndMissingReportsAnswer404()
    {
        await Refusal.AssertAsync(await _client.GetAsync(ApiCalls.Api + ReportingApi.Root + "/periods/2016-Q1"), HttpStatusCode.NotFound, "unknownUnit", "period");
        await Refusal.AssertAsync(await _client.GetAsync(ApiCalls.Api + "/provinces/99/reporting"), HttpStatusCode.NotFound, "unknownUnit", "code");
        await Refusal.AssertAsync(await _client.GetAsync(ApiCalls.Api + ReportingApi.Root + "/periods/2015-Q4/snapshot"), HttpStatusCode.NotFound, "periodNotClosed", "period");
        await Refusal.AssertAsync(await _client.GetAsync(ApiCalls.Api + ReportingApi.Root + "/periods/2012-Q2/reports/LDTBXH"), HttpStatusCode.NotFound, "notReported", "reporter");
        Assert.Equal(27 * 31, (await _client.GetAsync<List<ReportingObligation>>(ReportingApi.Root + "/obligations")).Count);
    }
}
