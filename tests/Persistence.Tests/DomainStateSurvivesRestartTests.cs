using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.Persistence.Tests.Cluster;

namespace AntiTrafficking.Persistence.Tests;

/// <summary>The real grains on the real providers: what a commune and a district accepted is there after a full restart.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DomainStateSurvivesRestartTests(PostgresFixture postgres)
{
    private static readonly ActingParty Officer = new("officer-test", null, ActorRole.DistrictOfficer, "207");

    [Fact]
    public async Task ProjectOneFiguresAtEveryLevelSurviveARestartOfTheWholeCluster()
    {
        var serviceId = PostgresTestCluster.NewServiceId("domain");
        await using (var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId))
        {
            var commune = cluster.Client.GetGrain<ICommuneGrain>("07195");
            for (var i = 1; i <= 10; i++)
            {
                Assert.True((await commune.RegisterPropagandistAsync(new($"reg-{i}", Officer, $"TTV-{i}", new DateOnly(2012, 3, 1)))).Succeeded);
            }

            Assert.True((await commune.RecordSurveyAsync(new("survey-1", Officer, "KS-1", new DateOnly(2015, 5, 1), 100, 80))).Succeeded);
            Assert.True((await cluster.Client.GetGrain<IDistrictGrain>("207")
                .RegisterReporterAsync(new("bcv-1", Officer, "BCV-1", new DateOnly(2012, 7, 1)))).Succeeded);
        }

        await using (var restarted = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId))
        {
            var commune = await restarted.Client.GetGrain<ICommuneGrain>("07195").GetScorecardAsync("2015");
            var province = await restarted.Client.GetGrain<IProvinceGrain>("22").GetScorecardAsync("2015");
            var district = await restarted.Client.GetGrain<IDistrictGrain>("207").GetScorecardAsync("2015");

            Assert.Equal((1L, 1L), Figures(commune, "IND-05"));
            Assert.Equal((80L, 100L), Figures(province, "IND-03"));
            Assert.Equal((1L, 186L), Figures(province, "IND-05"));
            Assert.Equal(1, district.Outputs.Single(o => o.Code == "OUT-01").Value);

            var retry = await restarted.Client.GetGrain<ICommuneGrain>("07195")
                .RecordSurveyAsync(new("survey-1", Officer, "KS-1", new DateOnly(2015, 5, 1), 100, 80));
            Assert.Equal(CommandOutcome.Duplicate, retry.Outcome);

            // Another survey under the same id, with a new key: refused by the claim the journal holds.
            var again = await restarted.Client.GetGrain<ICommuneGrain>("07195")
                .RecordSurveyAsync(new("survey-2", Officer, "KS-1", new DateOnly(2015, 6, 1), 50, 10));
            Assert.Equal((CommandOutcome.Rejected, "duplicate", "surveyId"), (again.Outcome, again.Error?.Code, again.Error?.Field));
            Assert.Equal((80L, 100L), Figures(await restarted.Client.GetGrain<IProvinceGrain>("22").GetScorecardAsync("2015"), "IND-03"));
        }

        // The snapshot written at the stop holds what the indicators need (sums by day), not the list of surveys;
        // the survey's id is claimed in the journal, next to the commands themselves.
        var stored = Assert.Single(await Db.StoredStatesAsync(postgres.ConnectionString, serviceId, "commune"));
        Assert.Contains("\"propagandists\"", stored);
        Assert.Contains("\"respondentsByQuarter\":{\"2015-04-01\":100}", stored);
        Assert.Contains("\"position\":11", stored);
        Assert.DoesNotContain("\"KS-1\"", stored);
        Assert.DoesNotContain("AntiTrafficking.", stored);
        Assert.Equal(11L, await Db.ScalarAsync<long>(
            postgres.ConnectionString,
            "SELECT count(*) FROM command_journal WHERE service_id = @service AND stream = 'commune/07195' AND kind = 'command'",
            ("service", serviceId)));
        Assert.True(await Db.ScalarAsync<bool>(
            postgres.ConnectionString,
            "SELECT EXISTS (SELECT 1 FROM command_journal WHERE service_id = @service AND stream = 'commune/07195' AND claim = 'survey:KS-1')",
            ("service", serviceId)));
    }

    private static (long, long) Figures(GrainInterfaces.Views.ScorecardView card, string code)
    {
        var indicator = card.Indicators.Single(i => i.Code == code);
        return (indicator.Numerator, indicator.Denominator);
    }
}
