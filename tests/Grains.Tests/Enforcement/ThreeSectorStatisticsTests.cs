using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using static AntiTrafficking.Grains.Tests.Commands;
using static AntiTrafficking.Grains.Tests.Enforcement.Actors;
using static AntiTrafficking.Grains.Tests.Enforcement.EnforcementScenario;

namespace AntiTrafficking.Grains.Tests.Enforcement;

/// <summary>
/// Police, Procuracy and Court figures compared with each other and with the scenario's case records. Records:
/// 2012: 2 opened, 2 sent to court, 5 suspects, 1 tried, 3 convicted; 2013: 2 opened (C3, C4), 2 sent (C3, C4),
/// 3 suspects, 2 tried (C2, C3), 3 convicted.
/// </summary>
[Collection(EnforcementScenarioCollection.Name)]
public sealed class ThreeSectorStatisticsTests(EnforcementScenarioFixture fixture)
{
    [Fact]
    public async Task EveryFigureThatDiffersFromTheRecordsOrFromAnotherSectorIsListedByAgency()
    {
        var statistics = fixture.Grains.GetGrain<IThreeSectorStatisticsGrain>($"{Province}:2013");
        await AcceptAsync(statistics.SubmitAsync(new(Key(), Police, new SectorCounts(CasesOpened: 2, CasesProsecuted: 2, SuspectsProsecuted: 3))));
        await AcceptAsync(statistics.SubmitAsync(new(Key(), Procuracy, new SectorCounts(CasesProsecuted: 3, SuspectsProsecuted: 3))));
        await AcceptAsync(statistics.SubmitAsync(new(Key(), Court, new SectorCounts(CasesTried: 2, PeopleConvicted: 4))));

        var view = await statistics.GetComparisonAsync();

        Assert.Equal(
            [
                new StatisticsDiscrepancy("2013", StatisticsCategory.CasesProsecuted, "VKS", 3, "records", 2),
                new StatisticsDiscrepancy("2013", StatisticsCategory.CasesProsecuted, "CA", 2, "VKS", 3),
                new StatisticsDiscrepancy("2013", StatisticsCategory.PeopleConvicted, "TA", 4, "records", 3),
            ],
            view.Discrepancies.ToArray());
        Assert.Equal(
            [
                (StatisticsCategory.CasesOpened, 2L, (long?)2, (long?)null, (long?)null, true),
                (StatisticsCategory.CasesProsecuted, 2L, 2, 3, null, false),
                (StatisticsCategory.SuspectsProsecuted, 3L, 3, 3, null, true),
                (StatisticsCategory.CasesTried, 2L, null, null, 2, true),
                (StatisticsCategory.PeopleConvicted, 3L, null, null, 4, false),
            ],
            view.Rows.Select(r => (r.Category, r.Records, r.Police, r.Procuracy, r.Court, r.Consistent)));
        Assert.Equal(("22", "2013", 3L), (view.ProvinceCode, view.Period, view.Version));
    }

    [Fact]
    public async Task ACorrectedSubmissionReplacesTheAgencysEarlierFigures()
    {
        var statistics = fixture.Grains.GetGrain<IThreeSectorStatisticsGrain>($"{Province}:2012");
        await AcceptAsync(statistics.SubmitAsync(new(Key(), Police, new SectorCounts(CasesOpened: 2, SuspectsProsecuted: 5))));
        await AcceptAsync(statistics.SubmitAsync(new(Key(), Procuracy, new SectorCounts(SuspectsProsecuted: 4))));
        Assert.Equal(2, (await statistics.GetComparisonAsync()).Discrepancies.Length);

        await AcceptAsync(statistics.SubmitAsync(new(Key(), Procuracy, new SectorCounts(CasesProsecuted: 2, SuspectsProsecuted: 5))));

        var view = await statistics.GetComparisonAsync();
        Assert.Empty(view.Discrepancies);
        Assert.All(view.Rows, r => Assert.True(r.Consistent));
        Assert.Equal((2L, 5L, (long?)5), (view.Rows[1].Procuracy!.Value, view.Rows[2].Records, view.Rows[2].Procuracy));
    }

    [Fact]
    public async Task APeriodWithoutSubmissionsShowsTheRecordsAndNoDiscrepancy()
    {
        var view = await fixture.Grains.GetGrain<IThreeSectorStatisticsGrain>($"{Province}:2014-H1").GetComparisonAsync();

        // 2014-H1: C6 opened Jan 10 and sent Apr 1 (1 suspect); tried: C4 Mar 5 (2 convicted), C3 again May 20 (1 convicted).
        Assert.Equal([1L, 1, 1, 2, 3], view.Rows.Select(r => r.Records));
        Assert.Empty(view.Discrepancies);
        Assert.All(view.Rows, r => Assert.Equal((null, null, null), (r.Police, r.Procuracy, r.Court)));
    }

    private static async Task AcceptAsync(Task<CommandResult> command)
    {
        var result = await command;
        Assert.True(result.Outcome == CommandOutcome.Accepted, $"refused: {result.Error}");
    }
}
