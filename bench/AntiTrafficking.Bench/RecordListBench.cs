using System.Diagnostics;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.Persistence;

namespace AntiTrafficking.Bench;

/// <summary>
/// Part 8: the lists of records. Writes 10,000 tips' lines into the record index (the table the grains keep), then reads
/// pages of the list through the grain client as an analyst would: the first page, a page deep in the list, a
/// district, a status and a date range, and the inbox of a Police officer. The baseline is the same page as one SQL
/// query on the table alone.
/// </summary>
internal static class RecordListBench
{
    public const int Records = 10_000;

    private static readonly string[] Districts = ["193", "194", "195", "196", "197", "198", "199", "200", "201", "202", "203", "204", "205", "206"];
    private static readonly string[] Statuses = ["received", "signsOfCrime", "noSigns", "transferred", "caseOpened", "dismissed"];

    public static async Task SeedAsync(string connectionString, string serviceId)
    {
        await using var index = new PostgresRecordIndex(connectionString, serviceId);
        var first = new DateOnly(2012, 1, 1);
        await Parallel.ForEachAsync(Enumerable.Range(0, Records), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var dated = first.AddDays(i % 1400);
            var status = Statuses[i % Statuses.Length];
            await index.UpsertAsync("22", new RecordSummary(
                RecordKind.Tip, $"BENCH-TB-{i:00000}", status, Districts[i % Districts.Length], null, i % 2 == 0 ? "CA" : "BDBP",
                dated, dated.AddDays(3), null, 1, status is "received" or "signsOfCrime" ? dated.AddDays(20) : null));
        });
    }

    /// <summary>p50 and p99 in ms of <paramref name="reads"/> reads of each list query, one at a time.</summary>
    public static async Task<(double P50, double P99, int Total)> MeasureAsync(IClusterClient client, int reads)
    {
        var lists = client.GetGrain<IRecordListGrain>("22");
        var analyst = new ActingParty("bench-analyst", Role: ActorRole.Analyst);
        var police = new ActingParty("bench-police", "CA");
        Func<Task<int>>[] queries =
        [
            async () => (await lists.ListAsync(new RecordQuery(RecordKind.Tip), analyst)).Total,
            async () => (await lists.ListAsync(new RecordQuery(RecordKind.Tip, Page: 300), analyst)).Total,
            async () => (await lists.ListAsync(new RecordQuery(RecordKind.Tip, DistrictCode: "194"), analyst)).Total,
            async () => (await lists.ListAsync(new RecordQuery(RecordKind.Tip, Status: "signsOfCrime", From: new(2013, 1, 1), To: new(2013, 12, 31)), analyst)).Total,
            async () => (await lists.InboxAsync(police)).Items.Length,
        ];
        foreach (var query in queries)
        {
            await query();
        }

        var timings = new List<double>();
        var total = 0;
        for (var i = 0; i < reads; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var answer = await queries[i % queries.Length]();
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            total = i % queries.Length == 0 ? answer : total;
        }

        return (Latencies.Percentile(timings, 50), Latencies.Percentile(timings, 99), total);
    }
}
