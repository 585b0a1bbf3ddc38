using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.Grains.Tests.Reporting;

/// <summary>
/// The reporting regime over three quarters of 2013 with the calendar moved by the test: reports arrive on time, late
/// or not at all; each quarter closes by the reminder; back-dated records move the live figures but not the snapshot;
/// the standing office approves and the period locks.
/// </summary>
[Collection(ReportingScenarioCollection.Name)]
public sealed class ReportingScenarioTests(ReportingScenarioFixture fixture)
{
    private static readonly TimeSpan CloseDeadline = TimeSpan.FromSeconds(20);
    private static readonly ActingParty Officer = Commands.DistrictOfficer("193");

    [Fact]
    public async Task TheStandingOfficeSeesWhoHasNotReportedAndQuartersCloseSnapshotAndLock()
    {
        var grains = fixture.Grains;
        var office = grains.GetGrain<IReportingOfficeGrain>("22");
        var q1 = grains.Period("2013-Q1");
        var province = grains.GetGrain<IProvinceGrain>("22");

        // March 2013: activity of the quarter; the quarter's report cannot be sent before it ends.
        for (var i = 1; i <= 10; i++)
        {
            Assert.True((await grains.GetGrain<ICommuneGrain>("06649").RegisterPropagandistAsync(new($"ttv-{i}", Officer, $"TTV-{i}", new(2013, 2, 1)))).Succeeded);
        }

        Assert.True((await grains.GetGrain<ICommuneGrain>("06652").RecordSurveyAsync(new("ks-1", Officer, "KS-1", new(2013, 3, 1), 100, 60))).Succeeded);
        Assert.Equal("periodNotEnded", (await q1.SubmitAsync(Reports.Submit("TTTT", Reports.Agency("TTTT")))).Error?.Code);

        // 5 April: three reports on time; nobody is overdue yet.
        fixture.SetToday(new(2013, 4, 5));
        foreach (var (reporter, actor) in new[] { ("TTTT", Reports.Agency("TTTT")), ("CA", Reports.StandingOffice), ("193", Reports.District("193")) })
        {
            Assert.Equal(CommandOutcome.Accepted, (await q1.SubmitAsync(Reports.Submit(reporter, actor, figures: new ReportFigure("IND-03", 60)))).Outcome);
        }

        Assert.Empty((await q1.GetStatusAsync()).Overdue);

        // 12 April: the deadline (10 April) has passed; one district reports late; 23 have not reported.
        fixture.SetToday(new(2013, 4, 12));
        Assert.True((await q1.SubmitAsync(Reports.Submit("194", Reports.District("194")))).Succeeded);
        var late = await q1.GetStatusAsync();
        Assert.Equal(new Tally(27, 4, 3), late.Total);
        Assert.Equal(23, late.Overdue.Length);
        Assert.Contains("207", late.Overdue);
        Assert.Equal(SubmissionStatus.Late, late.Reporters.Single(r => r.ReporterCode == "194").Status);

        // The reminder closes 2012 (its close date is past) but not 2013-Q1 (it closes on 15 April).
        var overview = await Eventually.ReturnsAsync(office.GetOverviewAsync, o => o.Periods.Single(p => p.Period == "2012").Closed, "2012 to close", CloseDeadline);
        Assert.False(overview.Periods.Single(p => p.Period == "2013-Q1").Closed);
        Assert.Null(await q1.GetSnapshotAsync());

        // 15 April: the quarter closes by the reminder; its snapshot equals every live scorecard of that moment.
        var provinceBefore = await province.GetScorecardAsync("2013-Q1");
        var districtsBefore = await province.GetDistrictScorecardsAsync("2013-Q1");
        var communesBefore = await grains.GetGrain<IDistrictGrain>("193").GetCommuneScorecardsAsync("2013-Q1");
        fixture.SetToday(new(2013, 4, 15));
        await Eventually.ReturnsAsync(q1.GetStatusAsync, s => s.ClosedOn is not null, "2013-Q1 to close", CloseDeadline);
        var snapshot = (await q1.GetSnapshotAsync())!;
        Assert.Equal(new DateOnly(2013, 4, 15), snapshot.ClosedOn);
        Assert.Equal(14, snapshot.Districts.Length);
        Assert.Equal(186, snapshot.Communes.Length);
        AssertSameFigures(provinceBefore, snapshot.Province);
        foreach (var district in districtsBefore)
        {
            AssertSameFigures(district, snapshot.Districts.Single(d => d.UnitCode == district.UnitCode));
        }

        foreach (var commune in communesBefore)
        {
            AssertSameFigures(commune, snapshot.Communes.Single(c => c.UnitCode == commune.UnitCode));
        }

        Assert.Equal((60L, 100L), Figures(snapshot.Province, "IND-03"));
        Assert.Equal((1L, 1L), Figures(snapshot.Communes.Single(c => c.UnitCode == "06649"), "IND-05"));

        // A back-dated survey moves the live figures; the snapshot stays; the consolidated report shows both.
        Assert.True((await grains.GetGrain<ICommuneGrain>("06652").RecordSurveyAsync(new("ks-2", Officer, "KS-2", new(2013, 3, 10), 50, 50))).Succeeded);
        await Eventually.ReturnsAsync(() => province.GetScorecardAsync("2013-Q1"), c => Figures(c, "IND-03") == (110, 150), "the province to count the back-dated survey", TimeSpan.FromSeconds(5));
        Assert.Equal((60L, 100L), Figures((await q1.GetSnapshotAsync())!.Province, "IND-03"));
        var consolidated = await q1.GetConsolidatedAsync();
        var moved = consolidated.Differences.Where(d => d.IndicatorCode == "IND-03").ToDictionary(d => d.UnitCode);
        Assert.Equal(["06652", "193", "22"], moved.Keys.Order());
        Assert.Equal((60m, 73.3m), (moved["22"].AtClose.Value, moved["22"].Current.Value));
        Assert.Equal(100, consolidated.Outputs.Single(o => o.Code == "OUT-05").AtClose);
        Assert.Equal(150, consolidated.Outputs.Single(o => o.Code == "OUT-05").Current);

        // The standing office approves; the period locks; a silent change is refused.
        Assert.True((await q1.ApproveAsync(Reports.Approve(Reports.StandingOffice))).Succeeded);
        Assert.Equal("periodLocked", (await q1.SubmitAsync(Reports.Submit("195", Reports.District("195")))).Error?.Code);
        Assert.Null(await q1.GetReportAsync("195"));
        Assert.Equal(4, (await q1.GetStatusAsync()).Approval!.ApprovedRevisions.Count);

        // Q2 and H1: everyone but Cô Tô reports on 8 July; both close on 15 July and are approved.
        fixture.SetToday(new(2013, 7, 8));
        var reporters = (await q1.GetStatusAsync()).Reporters.Where(r => r.ReporterCode != "207").ToList();
        foreach (var period in new[] { "2013-Q2", "2013-H1" })
        {
            foreach (var reporter in reporters)
            {
                var actor = reporter.Kind == ReporterKind.Agency ? Reports.Agency(reporter.ReporterCode) : Reports.District(reporter.ReporterCode);
                Assert.True((await grains.Period(period).SubmitAsync(Reports.Submit(reporter.ReporterCode, actor))).Succeeded);
            }
        }

        fixture.SetToday(new(2013, 7, 15));
        foreach (var period in new[] { "2013-Q2", "2013-H1" })
        {
            var closed = await Eventually.ReturnsAsync(grains.Period(period).GetStatusAsync, s => s.ClosedOn is not null, $"{period} to close", CloseDeadline);
            Assert.Equal(["207"], closed.Overdue.AsEnumerable());
            Assert.Equal(new Tally(27, 26, 26), closed.Total);
            Assert.True((await grains.Period(period).ApproveAsync(Reports.Approve(Reports.StandingOffice))).Succeeded);
        }

        // Q3 closes on 15 October without any report.
        fixture.SetToday(new(2013, 10, 15));
        var q3 = await Eventually.ReturnsAsync(grains.Period("2013-Q3").GetStatusAsync, s => s.ClosedOn is not null, "2013-Q3 to close", CloseDeadline);
        Assert.Equal(27, q3.Overdue.Length);

        // Every reporter's record over the periods due so far (2011-Q4 … 2013-Q3: 14 periods).
        var record = (await office.GetOverviewAsync()).Reporters.ToDictionary(r => r.ReporterCode);
        Assert.Equal(new Tally(14, 3, 3), record["TTTT"].Tally);
        Assert.Equal(new Tally(14, 3, 2), record["194"].Tally);
        Assert.Equal(new Tally(14, 0, 0), record["207"].Tally);
        Assert.Contains("2013-Q2", record["207"].OverduePeriods);
        Assert.Equal(["2013-Q1", "2013-Q2", "2013-H1"], (await office.GetOverviewAsync()).Periods.Where(p => p.Approved).Select(p => p.Period));
    }

    private static (long, long) Figures(ScorecardView card, string code) =>
        card.Indicators.Single(i => i.Code == code) is var i ? (i.Numerator, i.Denominator) : default;

    private static void AssertSameFigures(ScorecardView expected, ScorecardView actual)
    {
        Assert.Equal(expected.UnitCode, actual.UnitCode);
        Assert.Equal(expected.Indicators.AsEnumerable(), actual.Indicators.AsEnumerable());
        Assert.Equal(expected.Outputs.AsEnumerable(), actual.Outputs.AsEnumerable());
    }
}
