using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Audit;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.Grains.Audit;
using AntiTrafficking.Persistence.Tests.Cluster;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AntiTrafficking.Persistence.Tests.Audit;

/// <summary>
/// The audit trail in PostgreSQL: concurrent appends from two writers (two silos) form one unbroken chain; rows can be
/// neither updated nor deleted; a row changed behind the trigger's back is found by verification; and commands run on
/// the real providers are recorded with who, what, outcome and source.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditTrailTests(PostgresFixture postgres)
{
    [Fact]
    public async Task ConcurrentAppendsFromTwoWritersFormOneChainNumberedWithoutGaps()
    {
        var serviceId = PostgresTestCluster.NewServiceId("audit-chain");
        await using var first = Trail(serviceId);
        await using var second = Trail(serviceId);

        await Task.WhenAll(Enumerable.Range(0, 600).Select(i => (i % 2 == 0 ? first : second).AppendAsync(Entry($"k-{i}"))));

        Assert.Equal(new AuditVerification(600, null), await first.VerifyAsync());
        var numbers = await Db.QueryAsync(postgres.ConnectionString,
            "SELECT seq FROM audit_log WHERE service_id = @s ORDER BY seq", r => r.GetInt64(0), ("s", serviceId));
        Assert.Equal(Enumerable.Range(1, 600).Select(i => (long)i), numbers);
        var keys = await Db.QueryAsync(postgres.ConnectionString,
            "SELECT idempotency_key FROM audit_log WHERE service_id = @s", r => r.GetString(0), ("s", serviceId));
        Assert.Equal(Enumerable.Range(0, 600).Select(i => $"k-{i}").Order(), keys.Order());
    }

    [Fact]
    public async Task RowsCannotBeUpdatedOrDeletedAndAnEditBehindTheTriggerIsFoundAtItsRow()
    {
        var serviceId = PostgresTestCluster.NewServiceId("audit-tamper");
        await using var trail = Trail(serviceId);
        for (var i = 0; i < 5; i++)
        {
            await trail.AppendAsync(Entry($"t-{i}"));
        }

        var update = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(
            "UPDATE audit_log SET actor_user = 'someone-else' WHERE service_id = @s AND seq = 3", serviceId));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(
            "DELETE FROM audit_log WHERE service_id = @s AND seq = 5", serviceId));
        Assert.All([update, delete], e => Assert.Contains("append-only", e.MessageText));
        Assert.Equal(new AuditVerification(5, null), await trail.VerifyAsync());

        // A superuser can get around the trigger; the chain still tells.
        await ExecuteAsync(
            "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only; " +
            "UPDATE audit_log SET actor_user = 'someone-else' WHERE service_id = @s AND seq = 3; " +
            "ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;", serviceId);

        Assert.Equal(new AuditVerification(5, 3), await trail.VerifyAsync());
    }

    [Fact]
    public async Task CommandsOnTheRealProvidersAreRecordedWithTheirOutcomeAndSource()
    {
        var serviceId = PostgresTestCluster.NewServiceId("audit-commands");
        await using var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId);
        var commune = cluster.Client.GetGrain<ICommuneGrain>("06649");
        var actor = new ActingParty("ic-audit", "TTTT");
        RequestContext.Set(AuditSource.RequestContextKey, "api 10.9.8.7");
        var accepted = await commune.RecordSurveyAsync(new("audit-1", actor, "KS-A1", new DateOnly(2012, 6, 1), 40, 20));
        await commune.RecordSurveyAsync(new("audit-1", actor, "KS-A1", new DateOnly(2012, 6, 1), 40, 20));
        await commune.RecordSurveyAsync(new("audit-2", actor, "KS-A1", new DateOnly(2012, 7, 1), 40, 20));
        RequestContext.Remove(AuditSource.RequestContextKey);

        var rows = await Db.QueryAsync(postgres.ConnectionString,
            "SELECT actor_user, actor_agency, action, target, outcome, coalesce(code, ''), version, idempotency_key, source " +
            "FROM audit_log WHERE service_id = @s ORDER BY seq",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetInt64(6), r.GetString(7), r.GetString(8)),
            ("s", serviceId));
        Assert.Equal(CommandOutcome.Accepted, accepted.Outcome);
        Assert.Equal(
            [
                ("ic-audit", "TTTT", "RecordSurvey", "commune/06649", "accepted", "", accepted.Version, "audit-1", "api 10.9.8.7"),
                ("ic-audit", "TTTT", "RecordSurvey", "commune/06649", "duplicate", "", accepted.Version, "audit-1", "api 10.9.8.7"),
                ("ic-audit", "TTTT", "RecordSurvey", "commune/06649", "rejected", "duplicate", accepted.Version, "audit-2", "api 10.9.8.7"),
            ],
            rows);
        await using var trail = Trail(serviceId);
        Assert.Equal(new AuditVerification(3, null), await trail.VerifyAsync());
    }

    [Fact]
    public async Task AnEntryTheDatabaseRefusesFailsAloneAndEveryOtherEntryOfItsBatchIsWritten()
    {
        var serviceId = PostgresTestCluster.NewServiceId("audit-isolate");
        await using var trail = Trail(serviceId);
        var tooLong = Entry("bad") with { Target = "victim/22:" + new string('p', 5_000) };

        var ordinary = Enumerable.Range(0, 300).Select(i => trail.AppendAsync(Entry($"ok-{i}"))).ToList();
        var refused = trail.AppendAsync(tooLong);
        ordinary.AddRange(Enumerable.Range(300, 300).Select(i => trail.AppendAsync(Entry($"ok-{i}"))));

        await Task.WhenAll(ordinary);
        await Assert.ThrowsAsync<AuditUnavailableException>(() => refused);
        var keys = await Db.QueryAsync(postgres.ConnectionString,
            "SELECT idempotency_key FROM audit_log WHERE service_id = @s", r => r.GetString(0), ("s", serviceId));
        Assert.Equal(Enumerable.Range(0, 600).Select(i => $"ok-{i}").Order(), keys.Order());
        Assert.Equal(new AuditVerification(600, null), await trail.VerifyAsync());
    }

    [Fact]
    public async Task ARefusedCommandWithAnOversizedKeyAndIdIsAuditedWithBothFittedToTheirColumns()
    {
        var serviceId = PostgresTestCluster.NewServiceId("audit-oversized");
        await using var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId);
        var key = new string('k', 10_000);
        var commune = cluster.Client.GetGrain<ICommuneGrain>("06649");
        var tip = cluster.Client.GetGrain<GrainInterfaces.Enforcement.ITipGrain>("22:" + new string('t', 5_000));
        var actor = new ActingParty("ic-audit", "TTTT");

        var refusedKey = await commune.RecordSurveyAsync(new(key, actor, "KS-O1", new DateOnly(2012, 6, 1), 40, 20));
        var refusedId = await tip.ClassifyAsync(new("tip-key-1", new ActingParty("ca-audit", "CA"), new DateOnly(2012, 6, 1),
            GrainInterfaces.Enforcement.TipClassification.SignsOfCrime));

        Assert.Equal((CommandOutcome.Rejected, "invalidIdentifier", "idempotencyKey"), (refusedKey.Outcome, refusedKey.Error!.Code, refusedKey.Error.Field));
        Assert.Equal((CommandOutcome.Rejected, "invalidIdentifier", "id"), (refusedId.Outcome, refusedId.Error!.Code, refusedId.Error.Field));
        var rows = await Db.QueryAsync(postgres.ConnectionString,
            "SELECT target, idempotency_key, outcome FROM audit_log WHERE service_id = @s ORDER BY seq",
            r => (r.GetString(0), r.GetString(1), r.GetString(2)), ("s", serviceId));
        Assert.Collection(rows,
            r => Assert.True(r is ("commune/06649", { Length: <= 300 } k, "rejected") && k.StartsWith("kkkk", StringComparison.Ordinal), r.ToString()),
            r => Assert.True(r is ({ Length: <= 300 } t, "tip-key-1", "rejected") && t.StartsWith("tip/22:ttt", StringComparison.Ordinal), r.Item1));
    }

    private PostgresAuditTrail Trail(string serviceId) =>
        new(postgres.ConnectionString, serviceId, TimeProvider.System, NullLogger<PostgresAuditTrail>.Instance);

    private static AuditEntry Entry(string key) =>
        new("user-1", "CA", "OpenCase", "case/22:CA-1", AuditActions.Accepted, null, 1, key, AuditSource.GrainClient, "AgencyOfficer", null);

    private async Task ExecuteAsync(string sql, string serviceId)
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("s", serviceId);
        await command.ExecuteNonQueryAsync();
    }
}
