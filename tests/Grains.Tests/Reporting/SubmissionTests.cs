using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Reporting;

namespace AntiTrafficking.Grains.Tests.Reporting;

[Collection(ReportingCollection.Name)]
public sealed class SubmissionTests(ReportingFixture fixture)
{
    [Fact]
    public async Task ReportsBeforeTheDeadlineCountForCompletenessAndTimelinessPerAgencyAndPerDistrict()
    {
        var period = fixture.Grains.Period("2013-Q2");
        foreach (var agency in new[] { "TTTT", "VKS" })
        {
            Assert.Equal(CommandOutcome.Accepted, (await period.SubmitAsync(Reports.Submit(agency, Reports.Agency(agency), figures: new ReportFigure("OUT-03", 12)))).Outcome);
        }

        foreach (var district in new[] { "193", "194" })
        {
            Assert.Equal(CommandOutcome.Accepted, (await period.SubmitAsync(Reports.Submit(district, Reports.District(district)))).Outcome);
        }

        var status = await period.GetStatusAsync();

        Assert.Equal(new Tally(13, 2, 2), status.Agencies);
        Assert.Equal(new Tally(14, 2, 2), status.Districts);
        Assert.Equal(new Tally(27, 4, 4), status.Total);
        Assert.Equal(14.8m, status.Total.Completeness);
        Assert.Empty(status.Overdue); // due on 10 July; today is 5 July
        Assert.Equal(SubmissionStatus.Pending, status.Reporters.Single(r => r.ReporterCode == "CA").Status);
        Assert.Equal((SubmissionStatus.OnTime, new DateOnly(2013, 7, 5)), status.Reporters.Single(r => r.ReporterCode == "193") is var row ? (row.Status, row.FirstSubmittedOn) : default);
    }

    [Fact]
    public async Task ARevisionIsKeptBesideTheFirstVersionAndCountsOnce()
    {
        var period = fixture.Grains.Period("2012-Q2");
        await period.SubmitAsync(Reports.Submit("TC", Reports.Agency("TC"), "Bản đầu", figures: new ReportFigure("OUT-01", 3)));
        var revised = await period.SubmitAsync(Reports.Submit("TC", Reports.Agency("TC"), "Bản sửa", "Bổ sung số liệu", new ReportFigure("OUT-01", 5)));

        Assert.Equal(CommandOutcome.Accepted, revised.Outcome);
        var report = await period.GetReportAsync("TC");
        Assert.NotNull(report);
        Assert.Equal(["Bản đầu", "Bản sửa"], report.Revisions.Select(r => r.Narrative));
        Assert.Equal([3L, 5L], report.Revisions.Select(r => r.Figures.Single().Value));
        Assert.Equal((2, "Bổ sung số liệu", false), (report.Revisions[1].Number, report.Revisions[1].Reason, report.Revisions[1].AfterApproval));
        // 2012-Q2 was due on 10 July 2012: received a year late.
        Assert.Equal(SubmissionStatus.Late, report.Status);
        Assert.Equal(new Tally(27, 1, 0), (await period.GetStatusAsync()).Total);
    }

    [Fact]
    public async Task AfterTheDeadlineTheStandingOfficeSeesWhoHasNotReported()
    {
        var period = fixture.Grains.Period("2012-H2");
        await period.SubmitAsync(Reports.Submit("195", Reports.District("195")));

        var status = await period.GetStatusAsync();

        Assert.Equal(26, status.Overdue.Length);
        Assert.DoesNotContain("195", status.Overdue);
        Assert.Contains("CA", status.Overdue);
        Assert.Contains("207", status.Overdue);
        Assert.Equal(3.7m, status.Total.Completeness);
        Assert.Equal(0m, status.Total.Timeliness);
    }

    [Fact]
    public async Task ARetriedSubmissionCountsOnce()
    {
        var period = fixture.Grains.Period("2012-Q1");
        var command = Reports.Submit("YT", Reports.Agency("YT"));
        Assert.Equal(CommandOutcome.Accepted, (await period.SubmitAsync(command)).Outcome);
        Assert.Equal(CommandOutcome.Duplicate, (await period.SubmitAsync(command)).Outcome);

        Assert.Single((await period.GetReportAsync("YT"))!.Revisions);
    }
}
