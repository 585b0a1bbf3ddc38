using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.Grains.Records;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Persistence.Tests.Cluster;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AntiTrafficking.Persistence.Tests.Records;

/// <summary>
/// The record index in its table: every filter, the order (newest first, then id in byte order), paging and totals
/// answer as the in-memory index does given the same lines; a line never goes back to an older version; provinces and
/// services do not see each other's lines.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresRecordIndexTests(PostgresFixture postgres)
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static readonly RecordSummary[] Lines =
    [
        new(RecordKind.Tip, "T-b", "received", "193", "06649", "CA", D(2013, 2, 1), D(2013, 2, 1), null, 1),
        new(RecordKind.Tip, "T-a", "signsOfCrime", "199", "06862", "BDBP", D(2013, 2, 1), D(2013, 2, 9), null, 2),
        new(RecordKind.Tip, "T-c", "noSigns", "194", null, null, D(2014, 7, 3), D(2014, 7, 8), null, 2),
        new(RecordKind.Tip, "T-Z", "received", "193", "06652", "CA", D(2012, 12, 31), D(2012, 12, 31), null, 1),
        new(RecordKind.Case, "C-1", "awaitingTrial", "194", "06715", "BDBP", D(2015, 2, 10), D(2015, 3, 1), "marriage", 2),
        new(RecordKind.Case, "C-2", "investigating", "193", "06649", "CA", D(2015, 1, 10), D(2015, 1, 10), "labour", 1),
        new(RecordKind.Person, "P-1", "victim", "194", "06715", "BDBP", D(2013, 5, 10), D(2013, 6, 15), null, 3),
        new(RecordKind.Person, "P-2", "received", "193", "06649", "LDTBXH", D(2013, 6, 10), D(2013, 6, 10), null, 1),
    ];

    private static readonly RecordQuery[] Queries =
    [
        new(RecordKind.Tip),
        new(RecordKind.Tip, DistrictCode: "193"),
        new(RecordKind.Tip, Status: "received"),
        new(RecordKind.Tip, AgencyCode: "CA"),
        new(RecordKind.Tip, From: D(2013, 1, 1)),
        new(RecordKind.Tip, To: D(2013, 2, 1)),
        new(RecordKind.Tip, From: D(2013, 2, 1), To: D(2013, 2, 1)),
        new(RecordKind.Tip, Page: 2, PageSize: 2),
        new(RecordKind.Tip, Page: 9, PageSize: 2),
        new(RecordKind.Case, Form: "marriage"),
        new(RecordKind.Case, Status: "investigating", DistrictCode: "193"),
        new(RecordKind.Person, AgencyCode: "BDBP"),
        new(RecordKind.Person, Status: "victim", From: D(2013, 1, 1), To: D(2013, 12, 31)),
    ];

    [Fact]
    public async Task EveryFilterOrderAndPageAnswersAsTheInMemoryIndexDoes()
    {
        await using var stored = new PostgresRecordIndex(postgres.ConnectionString, PostgresTestCluster.NewServiceId("records"));
        var memory = new MemoryRecordIndex();
        foreach (var line in Lines)
        {
            await stored.UpsertAsync("22", line);
            await memory.UpsertAsync("22", line);
        }

        foreach (var query in Queries)
        {
            var expected = await memory.QueryAsync("22", query);
            var actual = await stored.QueryAsync("22", query);
            Assert.True(expected.Total == actual.Total, $"{query}: total {actual.Total}, expected {expected.Total}");
            Assert.Equal(expected.Items, actual.Items);
        }

        // The order itself, not only agreement: newest first, ties by id in byte order ("T-a" before "T-b").
        Assert.Equal(["T-c", "T-a", "T-b", "T-Z"], (await stored.QueryAsync("22", new RecordQuery(RecordKind.Tip))).Items.Select(l => l.Id));
        var second = await stored.QueryAsync("22", new RecordQuery(RecordKind.Tip, Page: 2, PageSize: 2));
        Assert.Equal(4, second.Total);
        Assert.Equal(["T-b", "T-Z"], second.Items.Select(l => l.Id));
    }

    [Fact]
    public async Task ALineNeverGoesBackToAnOlderVersionAndIsKeptPerServiceAndProvince()
    {
        var service = PostgresTestCluster.NewServiceId("records-version");
        await using var stored = new PostgresRecordIndex(postgres.ConnectionString, service);
        var received = new RecordSummary(RecordKind.Tip, "T-1", "received", "193", "06649", "CA", D(2013, 3, 1), D(2013, 3, 1), null, 1);
        var classified = received with { Status = "signsOfCrime", LatestStepOn = D(2013, 3, 5), Version = 2 };

        await stored.UpsertAsync("22", received);
        await stored.UpsertAsync("22", classified);
        await stored.UpsertAsync("22", received);

        Assert.Equal(classified, Assert.Single((await stored.QueryAsync("22", new RecordQuery(RecordKind.Tip))).Items));
        Assert.Empty((await stored.QueryAsync("01", new RecordQuery(RecordKind.Tip))).Items);
        await using var other = new PostgresRecordIndex(postgres.ConnectionString, PostgresTestCluster.NewServiceId("records-other"));
        Assert.Equal(0, (await other.QueryAsync("22", new RecordQuery(RecordKind.Tip))).Total);
    }

    [Fact]
    public async Task RecordsStoredBeforeTheIndexAreListedAfterTheFillWhichRunsOncePerService()
    {
        var serviceId = PostgresTestCluster.NewServiceId("records-fill");
        await using (var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId))
        {
            var tip = cluster.Client.GetGrain<ITipGrain>("22:FILL-T1");
            Assert.True((await tip.ReceiveAsync(new("fill-1", Police, D(2013, 3, 1), "06733", TipSource.Citizen))).Succeeded);
            Assert.True((await tip.ClassifyAsync(new("fill-2", Police, D(2013, 3, 5), TipClassification.SignsOfCrime))).Succeeded);
            var @case = cluster.Client.GetGrain<ICaseGrain>("22:FILL-C1");
            Assert.True((await @case.OpenAsync(new("fill-3", Police, D(2013, 4, 1), "06733", 1, TraffickingForm.Labour, Abroad: false))).Succeeded);
        }

        await using var index = new PostgresRecordIndex(postgres.ConnectionString, serviceId);
        var written = (await index.QueryAsync("22", new RecordQuery(RecordKind.Tip))).Items;
        // As if stored by a version before the index: the lines are gone, the grains' rows are there.
        await using (var database = NpgsqlDataSource.Create(postgres.ConnectionString))
        await using (var delete = database.CreateCommand("DELETE FROM record_index WHERE service_id = @service"))
        {
            delete.Parameters.AddWithValue("service", serviceId);
            Assert.Equal(2, await delete.ExecuteNonQueryAsync());
        }

        var reference = ReferenceData.Load(DataFolder.Resolve(null));
        var filled = await RecordIndexBackfill.RunAsync(postgres.ConnectionString, serviceId, reference, NullLogger.Instance);
        var again = await RecordIndexBackfill.RunAsync(postgres.ConnectionString, serviceId, reference, NullLogger.Instance);

        Assert.Equal((2L, 0L), (filled, again));
        Assert.Equal(written, (await index.QueryAsync("22", new RecordQuery(RecordKind.Tip))).Items);
        var line = Assert.Single((await index.QueryAsync("22", new RecordQuery(RecordKind.Case))).Items);
        Assert.Equal(("FILL-C1", "investigating", "labour", "CA"), (line.Id, line.Status, line.Form, line.AgencyCode));
        Assert.Equal(("FILL-T1", "signsOfCrime", D(2013, 3, 5), 2L), (written.Single().Id, written.Single().Status, written.Single().LatestStepOn, written.Single().Version));
    }

    private static readonly GrainInterfaces.ActingParty Police = new("ca-fill", "CA");
}
