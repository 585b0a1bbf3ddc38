using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace AntiTrafficking.Bench;

/// <summary>
/// The baseline a plain SQL application sets for the same durable command: for each survey, in one transaction, INSERT
/// the event and UPSERT its commune's counter for the day, and commit (one round trip, one commit per command), from
/// the same numbers of callers in a closed loop.
/// </summary>
internal static class PlainSqlBench
{
    public static async Task<(double PerSecond, double P50, double P99)> RunAsync(
        string connectionString, IReadOnlyList<string> communes, int callers, TimeSpan duration)
    {
        var pooled = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = callers + 2, Timeout = 60 }.ConnectionString;
        await using var database = NpgsqlDataSource.Create(pooled);
        await using (var setup = database.CreateCommand("""
            CREATE TABLE IF NOT EXISTS plain_events (id bigserial PRIMARY KEY, commune text NOT NULL, happened_on date NOT NULL, respondents int NOT NULL, aware int NOT NULL);
            CREATE TABLE IF NOT EXISTS plain_counters (commune text NOT NULL, day date NOT NULL, respondents bigint NOT NULL, aware bigint NOT NULL, PRIMARY KEY (commune, day));
            """))
        {
            await setup.ExecuteNonQueryAsync();
        }

        long sequence = 0;
        var latencies = new Latencies();
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(async _ =>
        {
            var mine = latencies.ForWorker();
            await using var connection = await database.OpenConnectionAsync();
            while (stopwatch.Elapsed < duration)
            {
                var n = Interlocked.Increment(ref sequence);
                var commune = communes[(int)(n % communes.Count)];
                var day = new DateOnly(2011, 1, 1).AddDays((int)(n % 1826));
                var respondents = 100 + (int)(n % 200);
                var start = Stopwatch.GetTimestamp();

                // Two statements in one batch run as one implicit transaction: committed together, once.
                await using var batch = new NpgsqlBatch(connection)
                {
                    BatchCommands =
                    {
                        new NpgsqlBatchCommand("INSERT INTO plain_events (commune, happened_on, respondents, aware) VALUES ($1, $2, $3, $4)")
                        {
                            Parameters = { new() { Value = commune }, new() { Value = day, NpgsqlDbType = NpgsqlDbType.Date }, new() { Value = respondents }, new() { Value = respondents * 2 / 3 } },
                        },
                        new NpgsqlBatchCommand(
                            "INSERT INTO plain_counters AS c (commune, day, respondents, aware) VALUES ($1, $2, $3, $4) " +
                            "ON CONFLICT (commune, day) DO UPDATE SET respondents = c.respondents + excluded.respondents, aware = c.aware + excluded.aware")
                        {
                            Parameters = { new() { Value = commune }, new() { Value = day, NpgsqlDbType = NpgsqlDbType.Date }, new() { Value = (long)respondents }, new() { Value = (long)(respondents * 2 / 3) } },
                        },
                    },
                };
                await batch.ExecuteNonQueryAsync();
                mine.Add(Latencies.Since(start));
            }
        }));
        return (latencies.Count / stopwatch.Elapsed.TotalSeconds, latencies.Percentile(50), latencies.Percentile(99));
    }
}
