using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using AntiTrafficking.TestSupport;
using Npgsql;

namespace AntiTrafficking.Bench;

/// <summary>
/// A throwaway PostgreSQL 15 for the run, with durability ON (fsync and synchronous commit as in production, unlike
/// the test servers), in a temporary folder deleted at the end.
/// </summary>
internal sealed partial class Postgres : IAsyncDisposable
{
    private readonly string _folder;
    private LocalPostgresServer _server;

    private Postgres(string folder, LocalPostgresServer server)
    {
        _folder = folder;
        _server = server;
    }

    public string ConnectionString => _server.GetConnectionString("antitrafficking");

    public int Port => _server.Port;

    public static async Task<Postgres> StartAsync(bool statementStats = false)
    {
        // Short path: the unix socket lives next to the data folder and is limited to 107 bytes.
        var folder = Path.Combine(Path.GetTempPath(), "atb-" + Guid.NewGuid().ToString("N")[..8]);
        var port = FreePort();
        var server = await LocalPostgresServer.StartAsync(Path.Combine(folder, "d"), port);
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            // 256 pgbench clients plus the silo's and the front end's pools.
            await Execute(connection, "ALTER SYSTEM SET max_connections = 400");
            await Execute(connection, "ALTER SYSTEM SET shared_buffers = '512MB'");
            if (statementStats)
            {
                await Execute(connection, "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
                await Execute(connection, "ALTER SYSTEM SET track_io_timing = on");
            }

            await Execute(connection, "CREATE DATABASE antitrafficking");
        }

        await server.StopAsync();
        server = await LocalPostgresServer.StartAsync(Path.Combine(folder, "d"), port);
        if (statementStats)
        {
            await using var connection = new NpgsqlConnection(server.GetConnectionString("antitrafficking"));
            await connection.OpenAsync();
            await Execute(connection, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }

        return new Postgres(folder, server);
    }

    /// <summary>Resets pg_stat_statements and the shared I/O counters (with <c>--pg-stats</c>).</summary>
    public async Task ResetStatsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await Execute(connection, "SELECT pg_stat_statements_reset(); SELECT pg_stat_reset_shared('bgwriter'); SELECT pg_stat_reset_shared('wal')");
    }

    /// <summary>The top statements by total time, the background writer's and the I/O counters since the reset, as text.</summary>
    public async Task<string> StatsReportAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var report = new System.Text.StringBuilder();
        async Task Table(string title, string sql)
        {
            report.AppendLine($"-- {title}");
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            report.AppendLine(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)));
            while (await reader.ReadAsync())
            {
                report.AppendLine(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
            }
        }

        await Table("pg_stat_statements, top 10 by total time",
            "SELECT calls, round(total_exec_time::numeric, 0) AS total_ms, round(mean_exec_time::numeric, 3) AS mean_ms, rows, " +
            "shared_blks_hit, shared_blks_read, shared_blks_dirtied, shared_blks_written, round(blk_read_time::numeric, 0) AS read_ms, " +
            "wal_records, wal_bytes, left(regexp_replace(query, '\\s+', ' ', 'g'), 90) AS query " +
            "FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 10");
        await Table("pg_stat_bgwriter",
            "SELECT checkpoints_timed, checkpoints_req, round(checkpoint_write_time) AS ckpt_write_ms, round(checkpoint_sync_time) AS ckpt_sync_ms, " +
            "buffers_checkpoint, buffers_clean, buffers_backend, buffers_backend_fsync, buffers_alloc FROM pg_stat_bgwriter");
        await Table("pg_stat_wal", "SELECT wal_records, wal_bytes, wal_buffers_full, wal_write, wal_sync, round(wal_write_time) AS wal_write_ms, round(wal_sync_time) AS wal_sync_ms FROM pg_stat_wal");
        await Table("tables", "SELECT relname, pg_size_pretty(pg_total_relation_size(relid)) AS size, n_live_tup, n_tup_ins, n_tup_upd FROM pg_stat_user_tables ORDER BY pg_total_relation_size(relid) DESC LIMIT 6");
        return report.ToString();
    }

    public async Task<string> SettingAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_setting(@n)", connection);
        command.Parameters.AddWithValue("n", name);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The median time in ms of <paramref name="sql"/> read to its end, over 20 runs after one to warm up.</summary>
    public async Task<double> MedianQueryMillisecondsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var times = new List<double>();
        for (var i = 0; i < 21; i++)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }

            if (i > 0)
            {
                times.Add(Latencies.Since(start));
            }
        }

        return Latencies.Percentile(times, 50);
    }

    /// <summary>
    /// pgbench with a script of one single-row INSERT (a row like a recorded survey), <paramref name="clients"/>
    /// connections for <paramref name="seconds"/> s: transactions per second and mean latency in ms.
    /// </summary>
    public async Task<(double Tps, double LatencyMs)> PgbenchInsertAsync(int clients, int seconds, string resultsFolder)
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await Execute(connection, """
                CREATE TABLE IF NOT EXISTS bench_insert (
                  id bigserial PRIMARY KEY, commune_code text NOT NULL, conducted_on date NOT NULL,
                  respondents int NOT NULL, aware int NOT NULL, idempotency_key text NOT NULL)
                """);
        }

        var script = Path.Combine(resultsFolder, "pgbench-insert.sql");
        await File.WriteAllTextAsync(script,
            "\\set n random(1, 1000000000)\n" +
            "INSERT INTO bench_insert (commune_code, conducted_on, respondents, aware, idempotency_key) " +
            "VALUES ('06649', DATE '2013-05-10', 120, 80, 'pgbench-' || :n);\n");
        var pgbench = FindPgbench();
        var info = new ProcessStartInfo(pgbench)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[]
                 {
                     "-n", "-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", LocalPostgresServer.SuperUser,
                     "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", Math.Min(clients, 2).ToString(CultureInfo.InvariantCulture),
                     "-T", seconds.ToString(CultureInfo.InvariantCulture), "-f", script, "antitrafficking",
                 })
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var tps = TpsLine().Match(output);
        var latency = LatencyLine().Match(output);
        if (process.ExitCode != 0 || !tps.Success)
        {
            throw new InvalidOperationException($"pgbench failed ({process.ExitCode}): {output}{error}");
        }

        return (double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture),
                latency.Success ? double.Parse(latency.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>pgbench next to the server binaries, following a symbolic link (/usr/local/bin/pg_ctl → …/15/bin).</summary>
    private static string FindPgbench()
    {
        var pgCtl = new FileInfo(PostgresBinaries.Find().PgCtl);
        var target = pgCtl.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? pgCtl.FullName;
        var candidate = Path.Combine(Path.GetDirectoryName(target)!, "pgbench");
        return File.Exists(candidate) ? candidate : "pgbench";
    }

    public static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"tps = ([0-9.]+)")]
    private static partial Regex TpsLine();

    [GeneratedRegex(@"latency average = ([0-9.]+) ms")]
    private static partial Regex LatencyLine();
}
