using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Reporting;

namespace AntiTrafficking.Grains.Tests.Reporting;

[Collection(ReportingCollection.Name)]
public sealed class ApprovalTests(ReportingFixture fixture)
{
    [Fact]
    public async Task OnlyTheStandingOfficeApprovesAClosedPeriodOnce()
    {
        var period = fixture.Grains.Period("2012-Q3");
        await WaitClosedAsync(period);

        Assert.Equal("notPermitted", (await period.ApproveAsync(Reports.Approve(Reports.Agency("TTTT")))).Error?.Code);
        Assert.Null((await period.GetStatusAsync()).Approval);

        Assert.Equal(CommandOutcome.Accepted, (await period.ApproveAsync(Reports.Approve(Reports.StandingOffice))).Outcome);
        Assert.Equal("alreadyApproved", (await period.ApproveAsync(Reports.Approve(Reports.StandingOffice))).Error?.Code);

        var approval = (await period.GetStatusAsync()).Approval;
        Assert.Equal(("ca-thuong-truc", new DateOnly(2013, 7, 5)), (approval?.UserId, approval?.ApprovedOn));
    }

    [Fact]
    public async Task AnOpenPeriodCannotBeApproved()
    {
        var period = fixture.Grains.Period("2013-Q2");

        var result = await period.ApproveAsync(Reports.Approve(Reports.StandingOffice));

        Assert.Equal("periodNotClosed", result.Error?.Code);
        Assert.Contains("15/07/2013", result.Error!.MessageVi);
        Assert.Null((await period.GetStatusAsync()).Approval);
    }

    [Fact]
    public async Task ALockedPeriodRefusesAChangeWithoutReasonAndKeepsAChangeWithWhoAndWhy()
    {
        var period = fixture.Grains.Period("2012-Q4");
        await period.SubmitAsync(Reports.Submit("LDTBXH", Reports.Agency("LDTBXH"), "Báo cáo quý IV", figures: new ReportFigure("OUT-35", 4)));
        await WaitClosedAsync(period);
        Assert.True((await period.ApproveAsync(Reports.Approve(Reports.StandingOffice))).Succeeded);

        var silent = await period.SubmitAsync(Reports.Submit("LDTBXH", Reports.Agency("LDTBXH"), "Sửa số liệu", figures: new ReportFigure("OUT-35", 6)));
        Assert.Equal(("periodLocked", "reason"), (silent.Error?.Code, silent.Error?.Field));
        Assert.Single((await period.GetReportAsync("LDTBXH"))!.Revisions);

        var explained = await period.SubmitAsync(Reports.Submit(
            "LDTBXH", Reports.Agency("LDTBXH"), "Sửa số liệu", "Hai trường hợp hỗ trợ được ghi nhận muộn", new ReportFigure("OUT-35", 6)));
        Assert.Equal(CommandOutcome.Accepted, explained.Outcome);

        var report = (await period.GetReportAsync("LDTBXH"))!;
        Assert.Equal(2, report.Revisions.Length);
        var later = report.Revisions[1];
        Assert.Equal(("can-bo-ldtbxh", "LDTBXH", "Hai trường hợp hỗ trợ được ghi nhận muộn", true), (later.UserId, later.AgencyCode, later.Reason, later.AfterApproval));
        Assert.Equal(4, report.Revisions[0].Figures.Single().Value);
        var status = await period.GetStatusAsync();
        Assert.Equal(1, status.RevisionsAfterApproval);
        Assert.Equal(1, status.Approval!.ApprovedRevisions["LDTBXH"]);
    }

    private static Task<PeriodStatus> WaitClosedAsync(IReportingPeriodGrain period) =>
        Eventually.ReturnsAsync(period.GetStatusAsync, s => s.ClosedOn is not null, "the close reminder to snapshot the period", TimeSpan.FromSeconds(20));
}
