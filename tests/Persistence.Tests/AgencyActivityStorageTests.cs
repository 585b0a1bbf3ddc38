using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Agencies;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.Persistence.Tests.Cluster;

namespace AntiTrafficking.Persistence.Tests;

/// <summary>
/// An agency's activity is credited by each of its commands in the command's own transaction: every command counts
/// once, whether it is sent twice at once, retried after a restart, or retried long after its key left the grain's memory.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class AgencyActivityStorageTests(PostgresFixture postgres)
{
    private static readonly ActingParty Information = new("tttt-credit", "TTTT");

    [Fact]
    public async Task EachCommandIsCreditedOnceWithItsJournalRowAndTheCountSurvivesARestart()
    {
        var serviceId = PostgresTestCluster.NewServiceId("agency");
        var surveys = Enumerable.Range(0, 300)
            .Select(i => new RecordSurvey($"credit-{i}", Information, $"KS-{i}", new DateOnly(2013, 1 + i % 12, 1 + i % 28), 100, 40))
            .ToList();
        await using (var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId))
        {
            var commune = cluster.Client.GetGrain<ICommuneGrain>("07195");

            // Each command twice at once, as a caller retrying on a timeout sends it.
            var results = await Task.WhenAll(surveys.Concat(surveys).Select(commune.RecordSurveyAsync));
            Assert.Equal(300, results.Count(r => r.Outcome == CommandOutcome.Accepted));
            Assert.Equal(300, results.Count(r => r.Outcome == CommandOutcome.Duplicate));
            Assert.Equal(300, (await cluster.Client.GetGrain<IAgencyGrain>("22:TTTT").GetProfileAsync()).Activity["RecordSurvey"]);
        }

        // The count is the table's, moved with the rows: 300, however the commands were sent.
        Assert.Equal(300L, await Db.ScalarAsync<long>(
            postgres.ConnectionString,
            "SELECT count FROM agency_activity WHERE service_id = @service AND agency = '22:TTTT' AND activity = 'RecordSurvey'",
            ("service", serviceId)));

        await using (var restarted = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId))
        {
            // The first key is older than the 256 the commune keeps in memory: the journal answers it, and it counts no more.
            var commune = restarted.Client.GetGrain<ICommuneGrain>("07195");
            Assert.Equal(CommandOutcome.Duplicate, (await commune.RecordSurveyAsync(surveys[0])).Outcome);
            Assert.Equal(CommandOutcome.Duplicate, (await commune.RecordSurveyAsync(surveys[^1])).Outcome);

            // A refused command credits nothing; a new one counts.
            var refused = await commune.RecordSurveyAsync(surveys[1] with { IdempotencyKey = "credit-refused", SurveyId = "KS-refused", Aware = 101 });
            Assert.Equal(CommandOutcome.Rejected, refused.Outcome);
            Assert.Equal(CommandOutcome.Accepted, (await commune.RecordSurveyAsync(surveys[1] with { IdempotencyKey = "credit-new", SurveyId = "KS-new" })).Outcome);

            var profile = await restarted.Client.GetGrain<IAgencyGrain>("22:TTTT").GetProfileAsync();
            Assert.Equal(301, profile.Activity["RecordSurvey"]);
            Assert.Single(profile.Activity);
        }
    }
}
