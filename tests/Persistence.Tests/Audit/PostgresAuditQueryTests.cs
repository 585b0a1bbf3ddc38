using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Audit;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.Grains.Audit;
using AntiTrafficking.Persistence.Tests.Cluster;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AntiTrafficking.Persistence.Tests.Audit;

/// <summary>
/// Reading the audit trail from the table: each filter, paging newest first and the count, the same answers as the
/// in-memory trail given the same entries; and through the grain on the real providers, the commands' rows listed,
/// the chain found broken after an edit behind the trigger, a non-administrator refused and every read stored.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditQueryTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset Day1 = new(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task EveryFilterAndPagingAnswerAsTheInMemoryTrailDoes()
    {
        var clock = new SteppingClock(Day1);
        await using var stored = new PostgresAuditTrail(
            postgres.ConnectionString, PostgresTestCluster.NewServiceId("audit-query"), clock, NullLogger<PostgresAuditTrail>.Instance);
        var memory = new MemoryAuditTrail(clock.Copy());
        // Rows with neither role nor district are as written before those columns existed.
        AuditEntry[] entries =
        [
            new("u-ca", "CA", "OpenCase", "case/22:CA-1", AuditActions.Accepted, null, 1, "k1", "api 10.0.0.1", "AgencyOfficer", null),
            new("u-ca", "CA", "OpenCase", "case/22:CA-1", AuditActions.Duplicate, null, 1, "k1", "api 10.0.0.1", "AgencyOfficer", null),
            new("u-tt", "TTTT", "RecordDelivery", "commune/06649", AuditActions.Accepted, null, 4, "k2", "web 10.0.0.2", null, null),
            new("u-tt", "TTTT", "RecordDelivery", "commune/06652", AuditActions.Rejected, "negative", 0, "k3", "web 10.0.0.2", null, null),
            new("u-dist", null, "RegisterPerson", "district/193", AuditActions.Accepted, null, 2, "k4", AuditSource.GrainClient, "DistrictOfficer", "193"),
            new("u-ld", "LDTBXH", AuditActions.PersonalDataRead, "victim/22:P-1", AuditActions.Granted, null, 3, null, "web 10.0.0.3", "CaseWorker", null),
            new("u-yt", "YT", AuditActions.PersonalDataRead, "victim/22:P-1", AuditActions.Refused, "notPermitted", 3, null, "web 10.0.0.4", null, null),
        ];
        foreach (var entry in entries)
        {
            await stored.AppendAsync(entry);
            await memory.AppendAsync(entry);
        }

        AuditQuery[] queries =
        [
            new(),
            new(Actor: "u-ca"),
            new(Agency: "TTTT"),
            new(Action: AuditActions.PersonalDataRead),
            new(Outcome: AuditActions.Accepted),
            new(Target: "commune/"),
            new(Target: "commune/06649"),
            new(Target: "commune/066_9"),
            new(Target: "%"),
            new(From: Day1.AddDays(2)),
            new(To: Day1.AddDays(2)),
            new(From: Day1.AddDays(1), To: Day1.AddDays(3)),
            new(Agency: "TTTT", Outcome: AuditActions.Rejected),
            new(Actor: "nobody"),
        ];
        foreach (var query in queries)
        {
            var fromTable = await stored.QueryAsync(query, 0, 100);
            var fromMemory = await memory.QueryAsync(query, 0, 100);
            Assert.Equal(Describe(fromMemory), Describe(fromTable));
        }

        // Entry i was written on day 1 + i: the table answers each filter with exactly these.
        Assert.Equal(new long[] { 7, 6, 5, 4, 3, 2, 1 }, Sequences(await stored.QueryAsync(new(), 0, 100)));
        Assert.Equal(new long[] { 2, 1 }, Sequences(await stored.QueryAsync(new(Actor: "u-ca"), 0, 100)));
        Assert.Equal(new long[] { 7, 6 }, Sequences(await stored.QueryAsync(new(Action: AuditActions.PersonalDataRead), 0, 100)));
        Assert.Equal(new long[] { 4, 3 }, Sequences(await stored.QueryAsync(new(Target: "commune/"), 0, 100)));
        Assert.Empty((await stored.QueryAsync(new(Target: "commune/066_9"), 0, 100)).Records);
        Assert.Equal(new long[] { 3, 2 }, Sequences(await stored.QueryAsync(new(From: Day1.AddDays(1), To: Day1.AddDays(3)), 0, 100)));
        Assert.Equal(new long[] { 4 }, Sequences(await stored.QueryAsync(new(Agency: "TTTT", Outcome: AuditActions.Rejected), 0, 100)));

        var page = await stored.QueryAsync(new(), 2, 3);
        Assert.Equal(7, page.Total);
        Assert.Equal(new long[] { 5, 4, 3 }, Sequences(page));
        Assert.Equal(Describe(await memory.QueryAsync(new(), 2, 3)), Describe(page));
        var beyond = await stored.QueryAsync(new(), 10, 3);
        Assert.Equal((7L, 0), (beyond.Total, beyond.Records.Count));

        var read = Assert.Single((await stored.QueryAsync(new(Outcome: AuditActions.Refused), 0, 100)).Records);
        Assert.Equal(entries[6] with { Sequence = 7, RecordedAt = Day1.AddDays(6) }, read.Entry);
        var all = await stored.QueryAsync(new(), 0, 100);
        Assert.Equal(entries.Select((e, i) => e with { Sequence = i + 1, RecordedAt = Day1.AddDays(i) }).Reverse(), all.Records.Select(r => r.Entry));
        Assert.Equal(new AuditVerification(7, null), await stored.VerifyAsync());
    }

    [Fact]
    public async Task TheGrainListsTheCommandsRowsReportsAnEditedChainAndStoresEveryRead()
    {
        var serviceId = PostgresTestCluster.NewServiceId("audit-query-grain");
        await using var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId);
        var commune = cluster.Client.GetGrain<ICommuneGrain>("06649");
        var officer = new ActingParty("ic-query", null, ActorRole.DistrictOfficer, "193");
        var accepted = await commune.RegisterPropagandistAsync(new("q-1", officer, "P-Q1", new DateOnly(2012, 6, 1)));
        await commune.RegisterPropagandistAsync(new("q-2", officer, "P-Q1", new DateOnly(2012, 7, 1)));
        var audit = cluster.Client.GetGrain<IAuditQueryGrain>(0);
        var admin = new ActingParty("admin-1", null, ActorRole.Administrator);

        var listed = await audit.ReadAsync(new AuditQuery(Actor: "ic-query"), admin);

        Assert.Equal(
            [
                (2L, "ic-query", (string?)null, "RegisterPerson", "commune/06649", "rejected", "alreadyRegistered", accepted.Version, "q-2", AuditSource.GrainClient),
                (1L, "ic-query", null, "RegisterPerson", "commune/06649", "accepted", (string?)null, accepted.Version, "q-1", AuditSource.GrainClient),
            ],
            listed.Page!.Entries.Select(e => (e.Sequence, e.ActorUserId, e.ActorAgency, e.Action, e.Target, e.Outcome, e.Code, e.Version, e.IdempotencyKey!, e.Source)));
        Assert.All(listed.Page.Entries, e => Assert.Equal(("DistrictOfficer", "193"), (e.ActorRole, e.ActorDistrict)));
        Assert.Equal((3L, true), (listed.Page.Chain.Records, listed.Page.Chain.Intact));

        await using (var connection = new NpgsqlConnection(postgres.ConnectionString))
        {
            await connection.OpenAsync();
            await using var edit = new NpgsqlCommand(
                "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only; " +
                "UPDATE audit_log SET outcome = 'accepted', code = NULL WHERE service_id = @s AND seq = 2; " +
                "ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;", connection);
            edit.Parameters.AddWithValue("s", serviceId);
            await edit.ExecuteNonQueryAsync();
        }

        var afterEdit = await audit.ReadAsync(new AuditQuery(), admin);
        Assert.Equal((4L, 2L), (afterEdit.Page!.Chain.Records, afterEdit.Page.Chain.FirstBrokenSequence));
        var refused = await audit.ExportAsync(new AuditQuery(), new ActingParty("ca-1", "CA", ActorRole.AgencyOfficer));
        Assert.Equal("notPermitted", refused.Error?.Code);

        var reads = await Db.QueryAsync(postgres.ConnectionString,
            "SELECT actor_user, action, target, outcome, coalesce(code, '') FROM audit_log WHERE service_id = @s AND target = 'audit' ORDER BY seq",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)), ("s", serviceId));
        Assert.Equal(
            [
                ("admin-1", AuditReads.ReadAction, "audit", "granted", ""),
                ("admin-1", AuditReads.ReadAction, "audit", "granted", ""),
                ("ca-1", AuditReads.ExportAction, "audit", "refused", "notPermitted"),
            ],
            reads);
    }

    private static long[] Sequences(AuditSlice slice) => [.. slice.Records.Select(r => r.Sequence)];

    private static string Describe(AuditSlice slice) =>
        $"{slice.Total}: " + string.Join("\n", slice.Records.Select(r => $"{r.Sequence} {r.RecordedAt:O} {r.Entry} {Convert.ToHexString(r.Hash)}"));

    /// <summary>A clock that moves one day each time it is read, so that entry i is written on day 1 + i.</summary>
    private sealed class SteppingClock(DateTimeOffset start) : TimeProvider
    {
        private readonly DateTimeOffset _start = start;
        private DateTimeOffset _next = start;

        public SteppingClock Copy() => new(_start);

        public override DateTimeOffset GetUtcNow()
        {
            var now = _next;
            _next = _next.AddDays(1);
            return now;
        }
    }
}
