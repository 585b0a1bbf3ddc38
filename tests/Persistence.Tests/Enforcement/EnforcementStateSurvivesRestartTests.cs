using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.Persistence.Tests.Cluster;

namespace AntiTrafficking.Persistence.Tests.Enforcement;

/// <summary>Project 2 on the real providers: a tip and a case keep their lifecycle and their counts across a full restart.</summary>
[Collection(PostgresCollection.Name)]
public sealed class EnforcementStateSurvivesRestartTests(PostgresFixture postgres)
{
    private static readonly ActingParty Police = new("ca-test", "CA");
    private static readonly ActingParty Procuracy = new("vks-test", "VKS");
    private static readonly ActingParty Court = new("ta-test", "TA");

    [Fact]
    public async Task ATipAndATriedCaseKeepTheirStepsAndFiguresAfterARestart()
    {
        var serviceId = PostgresTestCluster.NewServiceId("enforcement");
        await using (var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId))
        {
            var tip = cluster.Client.GetGrain<ITipGrain>("22:TB-1");
            Assert.True((await tip.ReceiveAsync(new("tip-1", Police, new(2013, 3, 1), "06733", TipSource.Citizen))).Succeeded);
            Assert.True((await tip.ClassifyAsync(new("tip-2", Police, new(2013, 3, 5), TipClassification.SignsOfCrime))).Succeeded);

            var @case = cluster.Client.GetGrain<ICaseGrain>("22:VA-1");
            Assert.True((await @case.OpenAsync(new("case-1", Police, new(2012, 11, 1), "06733", 2, TraffickingForm.Marriage, Abroad: true))).Succeeded);
            Assert.True((await @case.ProsecuteAsync(new("case-2", Procuracy, new(2012, 12, 20), 2))).Succeeded);
            Assert.True((await @case.RecordTrialAsync(new("case-3", Court, new(2013, 4, 2), Verdict.Convicted, 2))).Succeeded);
        }

        await using var restarted = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId);
        var view = await restarted.Client.GetGrain<ICaseGrain>("22:VA-1").GetAsync();
        Assert.Equal(CaseStatus.Tried, view!.Status);

        var province = await restarted.Client.GetGrain<IProvinceGrain>("22").GetScorecardAsync("2013");
        // IND-08: 1 tip received in 2013, classified. IND-10: the case sent to court in 2012 and tried in 2013 is due
        // in 2013 (carried over) and tried in 2013.
        Assert.Equal((1L, 1L), Figures(province, "IND-08"));
        Assert.Equal((1L, 1L), Figures(province, "IND-10"));
        Assert.Equal((0L, 1L), Figures(await restarted.Client.GetGrain<IProvinceGrain>("22").GetScorecardAsync("2012"), "IND-10"));

        var retry = await restarted.Client.GetGrain<ICaseGrain>("22:VA-1").RecordTrialAsync(new("case-3", Court, new(2013, 4, 2), Verdict.Convicted, 2));
        Assert.Equal(CommandOutcome.Duplicate, retry.Outcome);
    }

    private static (long, long) Figures(GrainInterfaces.Views.ScorecardView card, string code)
    {
        var indicator = card.Indicators.Single(i => i.Code == code);
        return (indicator.Numerator, indicator.Denominator);
    }
}
