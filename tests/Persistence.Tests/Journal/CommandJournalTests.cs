using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.Persistence.Tests.Cluster;

namespace AntiTrafficking.Persistence.Tests.Journal;

/// <summary>The command journal on the real database: group commit, failed commits, keys kept for ever, snapshots.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CommandJournalTests(PostgresFixture postgres)
{
    private static readonly ActingParty Officer = new("officer-journal", null, ActorRole.DistrictOfficer, "207");

    /// <summary>Forty communes of eleven districts (one in four of the province's list).</summary>
    private static readonly (string District, string Commune)[] Communes =
    [
        ("193", "06649"), ("193", "06661"), ("193", "06673"), ("193", "06685"), ("193", "06697"), ("194", "06709"), ("194", "06721"), ("194", "06733"), ("194", "06745"), ("194", "06757"), ("195", "06769"), ("195", "06781"), ("195", "06793"), ("195", "06805"), ("196", "06817"), ("196", "06829"), ("198", "06838"), ("198", "06850"), ("199", "06862"), ("199", "06871"), ("199", "06883"), ("200", "06895"), ("200", "06907"), ("200", "06917"), ("201", "06928"), ("201", "06940"), ("201", "06952"), ("201", "06964"), ("202", "06976"), ("202", "06988"), ("203", "07000"), ("203", "07012"), ("203", "07024"), ("204", "07036"), ("204", "07048"), ("204", "07060"), ("205", "07072"), ("205", "07084"), ("205", "07096"), ("205", "07108"),
    ];

    [Fact]
    public async Task ABatchWhoseCommitFailsAcknowledgesNoneOfItsCommandsAndTheirRetriesCountOnce()
    {
        var serviceId = PostgresTestCluster.NewServiceId("journal-fail");
        await using var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId);
        var surveys = Communes
            .Select((c, i) => (c.Commune, Command: new RecordSurvey(
                $"fail-{i}", new ActingParty($"officer-{c.District}", null, ActorRole.DistrictOfficer, c.District), $"KS-F{i}", new DateOnly(2014, 5, 1), 10, i % 10)))
            .ToList();
        var grains = cluster.Client;

        await using (await CommitsRefusedAsync(serviceId))
        {
            // Sent together to forty grains, so that they share batches; every commit is refused at COMMIT by a deferred trigger.
            var attempts = surveys.Select(s => grains.GetGrain<ICommuneGrain>(s.Commune).RecordSurveyAsync(s.Command)).ToList();
            foreach (var attempt in attempts)
            {
                var error = await Assert.ThrowsAnyAsync<Exception>(() => attempt);
                Assert.Contains("idempotencyKey", error.Message);
            }
        }

        Assert.Equal(0L, await RowsAsync(serviceId, "SELECT count(*) FROM command_journal WHERE service_id = @service"));
        Assert.Equal(0L, await RowsAsync(serviceId, "SELECT count(*) FROM audit_log WHERE service_id = @service AND outcome = 'accepted'"));
        var province = grains.GetGrain<IProvinceGrain>("22");
        Assert.Equal(0L, Denominator(await province.GetScorecardAsync("2014"), "IND-03"));

        // The callers retry with the same keys once the database commits again: each counts once.
        var retried = await Task.WhenAll(surveys.Select(s => grains.GetGrain<ICommuneGrain>(s.Commune).RecordSurveyAsync(s.Command)));
        Assert.All(retried, r => Assert.Equal(CommandOutcome.Accepted, r.Outcome));
        var again = await Task.WhenAll(surveys.Select(s => grains.GetGrain<ICommuneGrain>(s.Commune).RecordSurveyAsync(s.Command)));
        Assert.All(again, r => Assert.Equal(CommandOutcome.Duplicate, r.Outcome));

        // The province hears from its districts within a second (their pushes are coalesced).
        var card = await Eventually.WaitForAsync(
            () => province.GetScorecardAsync("2014"), c => Denominator(c, "IND-03") >= 400, TimeSpan.FromSeconds(10), "the province's IND-03");
        Assert.Equal(400L, Denominator(card, "IND-03"));
        Assert.Equal(40L, await RowsAsync(serviceId, "SELECT count(*) FROM command_journal WHERE service_id = @service AND kind = 'command'"));
        Assert.Equal(40L, await RowsAsync(serviceId, "SELECT count(*) FROM audit_log WHERE service_id = @service AND outcome = 'accepted'"));
        Assert.Equal(40L, await RowsAsync(serviceId, "SELECT count(*) FROM audit_log WHERE service_id = @service AND outcome = 'duplicate'"));

        // Many grains' rows shared commits: fewer transactions than rows (each batch stamps its rows with one time).
        var commits = await RowsAsync(serviceId, "SELECT count(DISTINCT recorded_at) FROM command_journal WHERE service_id = @service");
        Assert.True(commits < 40, $"{commits} commits for 40 rows sent together");
    }

    [Fact]
    public async Task AKeyOlderThanThoseKeptInMemoryStillCountsOnceAfterARestartAndAnswersItsFirstVersion()
    {
        var serviceId = PostgresTestCluster.NewServiceId("journal-keys");
        const int Count = 400;
        await using (var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId))
        {
            var commune = cluster.Client.GetGrain<ICommuneGrain>("07195");
            for (var i = 1; i <= Count; i++)
            {
                var result = await commune.RecordSurveyAsync(new($"old-{i}", Officer, $"KS-O{i}", new DateOnly(2013, 1 + (i % 12), 1), 2, 1));
                Assert.Equal((CommandOutcome.Accepted, (long)i), (result.Outcome, result.Version));
            }
        }

        // The snapshot written at the stop keeps the latest 256 keys (trimmed in steps of 64), not 400.
        var stored = Assert.Single(await Db.StoredStatesAsync(postgres.ConnectionString, serviceId, "commune"));
        Assert.DoesNotContain("\"officer-journal old-1\"", stored);
        Assert.Contains($"\"officer-journal old-{Count}\"", stored);

        await using var restarted = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId);
        var again = restarted.Client.GetGrain<ICommuneGrain>("07195");
        var first = await again.RecordSurveyAsync(new("old-1", Officer, "KS-O1", new DateOnly(2013, 2, 1), 2, 1));
        Assert.Equal((CommandOutcome.Duplicate, 1L), (first.Outcome, first.Version));

        // The same old key with another command is refused, as a recent one is.
        var reused = await again.RecordSurveyAsync(new("old-2", Officer, "KS-OTHER", new DateOnly(2013, 2, 1), 2, 1));
        Assert.Equal((CommandOutcome.Rejected, "idempotencyKeyReused"), (reused.Outcome, reused.Error?.Code));

        var card = await Eventually.WaitForAsync(
            () => restarted.Client.GetGrain<IProvinceGrain>("22").GetScorecardAsync("2013"),
            c => Denominator(c, "IND-03") >= 800, TimeSpan.FromSeconds(10), "the province's IND-03");
        Assert.Equal((400L, 800L), (card.Indicators.Single(i => i.Code == "IND-03").Numerator, Denominator(card, "IND-03")));
    }

    [Fact]
    public async Task AnActivationReadsItsSnapshotAndOnlyTheRowsAfterIt()
    {
        var serviceId = PostgresTestCluster.NewServiceId("journal-tail");
        await using (var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId))
        {
            var commune = cluster.Client.GetGrain<ICommuneGrain>("07198");
            for (var i = 1; i <= 5; i++)
            {
                Assert.Equal(CommandOutcome.Accepted, (await commune.RecordSurveyAsync(new($"tail-{i}", Officer, $"KS-T{i}", new DateOnly(2015, 3, i), 10, 5))).Outcome);
            }
        }

        // A silo that died after more commands: their rows are in the journal, its snapshot (written at the stop) is older.
        await Db.ExecuteAsync(
            postgres.ConnectionString,
            "UPDATE orleans_storage SET payload_binary = convert_to(jsonb_set(convert_from(payload_binary, 'UTF8')::jsonb, '{position}', '3')::text, 'UTF8') " +
            "WHERE service_id = @service AND grain_type_string = 'commune'",
            ("service", serviceId));

        await using var restarted = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId);
        var card = await restarted.Client.GetGrain<ICommuneGrain>("07198").GetScorecardAsync("2015");

        // The snapshot says 3 rows and holds 5 surveys' sums: rows 4 and 5 are applied again on top, so the rows a
        // snapshot holds are never read (this snapshot, made wrong on purpose, counts them twice).
        Assert.Equal(70L, Denominator(card, "IND-03"));
        var next = await restarted.Client.GetGrain<ICommuneGrain>("07198").RecordSurveyAsync(new("tail-6", Officer, "KS-T6", new DateOnly(2015, 3, 6), 10, 5));
        Assert.Equal((CommandOutcome.Accepted, 6L), (next.Outcome, next.Version));
    }

    private static long Denominator(GrainInterfaces.Views.ScorecardView card, string code) => card.Indicators.Single(i => i.Code == code).Denominator;

    private Task<long> RowsAsync(string serviceId, string sql) => Db.ScalarAsync<long>(postgres.ConnectionString, sql, ("service", serviceId));

    /// <summary>Until disposed, every commit writing a journal row of <paramref name="serviceId"/> fails at COMMIT.</summary>
    private async Task<IAsyncDisposable> CommitsRefusedAsync(string serviceId)
    {
        await Db.ExecuteAsync(
            postgres.ConnectionString,
            """
            CREATE TABLE IF NOT EXISTS test_refused_commits (service_id text PRIMARY KEY);
            CREATE OR REPLACE FUNCTION test_refuse_commit() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM test_refused_commits WHERE service_id = NEW.service_id) THEN
                    RAISE EXCEPTION 'commit refused by the test';
                END IF;
                RETURN NULL;
            END $$;
            DROP TRIGGER IF EXISTS test_refuse_commit ON command_journal;
            CREATE CONSTRAINT TRIGGER test_refuse_commit AFTER INSERT ON command_journal
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_refuse_commit();
            INSERT INTO test_refused_commits VALUES (@service);
            """,
            ("service", serviceId));
        return new Restore(() => Db.ExecuteAsync(
            postgres.ConnectionString,
            "DELETE FROM test_refused_commits WHERE service_id = @service; DROP TRIGGER IF EXISTS test_refuse_commit ON command_journal;",
            ("service", serviceId)));
    }

    private sealed class Restore(Func<Task> undo) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await undo();
    }
}
