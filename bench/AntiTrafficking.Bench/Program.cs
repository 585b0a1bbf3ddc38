using System.Globalization;
using System.Text.Json;
using AntiTrafficking.Bench;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Accounts;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static AntiTrafficking.Bench.Results;

// Child mode: the national-scale memory simulation runs in a process of its own and prints its figures as JSON.
if (args.Length > 0 && args[0] == "national")
{
    var figures = await National.RunAsync(int.Parse(args[1], CultureInfo.InvariantCulture), args[2], args[3], args.Length > 4 ? args[4] : null);
    Console.WriteLine("NATIONAL " + JsonSerializer.Serialize(figures));
    return 0;
}

var options = BenchOptions.Parse(args);
var logs = Path.Combine(options.ResultsFolder, "logs");
Directory.CreateDirectory(logs);
var results = new Results(options.ResultsFolder, options.Quick);
var machine = $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:0} GiB, .NET {Environment.Version}";
var loadAtStart = LoadAverage();
Console.WriteLine($"Benchmarks ({(options.Quick ? "quick" : "full")}) on {machine}, load average {loadAtStart}; logs in {logs}; silo from {options.SiloFolder}");

var keyFile = Path.Combine(logs, "victim-keys.json");
var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
await File.WriteAllTextAsync(keyFile, "{\"activeKeyId\":\"bench\",\"keys\":{\"bench\":\"" + key + "\"}}");
if (!OperatingSystem.IsWindows())
{
    File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
}

await using var postgres = await Postgres.StartAsync(options.PgStats);
var cluster = new Cluster(options.Root, options.SiloFolder, logs, postgres.ConnectionString, keyFile);
Console.WriteLine($"PostgreSQL 15 on port {postgres.Port}: fsync={await postgres.SettingAsync("fsync")}, " +
                  $"synchronous_commit={await postgres.SettingAsync("synchronous_commit")}");

// 1. PostgreSQL's own single-row insert rate: the ceiling for anything that commits once per command.
var pgbench = new Dictionary<int, (double Tps, double Latency)>();
var plainSql = new Dictionary<int, double>();
if (options.Runs(1))
{
    // At least 10 s: opening 256 connections takes a while and would weigh on a shorter run.
    var seconds = Math.Max(10, (int)options.StepDuration.TotalSeconds);
    Console.WriteLine($"\n[1/6] pgbench: one INSERT per transaction, {seconds} s per step");
    foreach (var clients in options.Concurrencies)
    {
        pgbench[clients] = await postgres.PgbenchInsertAsync(clients, seconds, logs);
        results.Add("pgbench insert", $"{clients} clients", $"{F(pgbench[clients].Tps, 0)} tps, mean {F(pgbench[clients].Latency, 2)} ms");
        results.Metric("pgbench_tps", clients.ToString(CultureInfo.InvariantCulture), pgbench[clients].Tps);
    }

    // A plain SQL application doing the same durable work per command: INSERT the event, UPSERT a counter, commit.
    var plainCommunes = ReferenceData.Load(Path.Combine(options.Root, "data")).Communes.Keys.Order().ToArray();
    foreach (var callers in options.Concurrencies)
    {
        var (rate, p50, p99) = await PlainSqlBench.RunAsync(postgres.ConnectionString, plainCommunes, callers, options.StepDuration);
        plainSql[callers] = rate;
        results.Add("plain SQL application", $"{callers} callers", $"{F(rate, 0)}/s, p50 {F(p50, 2)} ms, p99 {F(p99, 2)} ms (INSERT event + UPSERT counter, one commit each)");
        results.Metric("plain_sql_per_s", callers.ToString(CultureInfo.InvariantCulture), rate);
    }
}

// 2–4. Commands, freshness and pages against the real silo and web front end.
const string serviceId = "bench";
var communes = ReferenceData.Load(Path.Combine(options.Root, "data")).Communes.Values
    .Where(c => c.Code.Length == 5).Select(c => c.Code).Order().ToArray();
double? bestRate = null;
double? freshnessP99 = null;
double? scorecardP99 = null;
double? apiP50 = null;
if (options.Runs(2) || options.Runs(3) || options.Runs(4) || options.Runs(8) || options.Runs(9))
{
    var (silo, gatewayPort) = cluster.StartSilo(serviceId, "silo.log");
    await using var siloProcess = silo;
    await silo.WaitForPortAsync(gatewayPort, TimeSpan.FromMinutes(3), "The silo");
    var (web, webPort) = cluster.StartWeb(serviceId, gatewayPort);
    await using (web)
    {
        await web.WaitForPortAsync(webPort, TimeSpan.FromMinutes(2), "The web front end");
        using var client = await Cluster.ConnectAsync(serviceId, gatewayPort);
        var bench = new CommandBench(Cluster.Client(client), communes, "bench-" + Guid.NewGuid().ToString("N")[..6]);
        await bench.WarmUpAsync();
        foreach (var concurrency in options.Concurrencies.Where(_ => options.Runs(2)))
        {
            if (bestRate is null)
            {
                Console.WriteLine($"\n[2/6] durable commands (RecordSurvey over {communes.Length} communes), {options.StepDuration.TotalSeconds:0} s per step");
            }

            if (options.PgStats)
            {
                await postgres.ResetStatsAsync();
            }

            var (rate, p50, p99, count) = await bench.RunAsync(concurrency, options.StepDuration);
            if (options.PgStats)
            {
                await File.AppendAllTextAsync(Path.Combine(logs, "part2-steps.log"), $"{DateTime.UtcNow:HH:mm:ss} {concurrency} callers: {F(rate, 0)}/s; load average {LoadAverage()}{Environment.NewLine}{await postgres.StatsReportAsync()}{Environment.NewLine}");
            }

            bestRate = Math.Max(bestRate ?? 0, rate);
            results.Add("commands", $"{concurrency} callers", $"{F(rate, 0)}/s, p50 {F(p50, 2)} ms, p99 {F(p99, 2)} ms ({count} commands)");
            var callers = concurrency.ToString(CultureInfo.InvariantCulture);
            results.Metric("commands_per_s", callers, rate);
            results.Metric("commands_p50_ms", callers, p50);
            results.Metric("commands_p99_ms", callers, p99);
            if (concurrency == 64)
            {
                results.Metric("commands_per_s_with_history", "0", rate);
            }
            var baseline = "pgbench not run";
            if (pgbench.TryGetValue(concurrency, out var insert))
            {
                var ratio = rate / insert.Tps;
                results.Add("commands vs pgbench", $"{concurrency} callers", $"{F(100 * ratio)} % of PostgreSQL's single-row insert rate");
                baseline = $"pgbench INSERT: {F(insert.Tps, 0)} tps (commands = {F(100 * ratio, 0)} % of it)";
            }

            if (plainSql.TryGetValue(concurrency, out var plain))
            {
                baseline += $"; plain SQL application: {F(plain, 0)}/s (commands = {F(rate / plain, 2)}× it)";
            }

            results.Row($"durable commands, {concurrency} callers", $"{F(rate, 0)}/s, p50 {F(p50, 1)} ms, p99 {F(p99, 1)} ms", baseline);
        }

        if (options.Runs(3))
        {
        Console.WriteLine($"\n[3/6] freshness, {options.FreshnessSamples} commands one at a time");
        await using (var live = await LiveWatcher.StartAsync($"http://127.0.0.1:{webPort}", "2015"))
        {
            var (toProvince, toBrowser) = await bench.FreshnessAsync(options.FreshnessSamples, live);
            freshnessP99 = Latencies.Percentile(toBrowser, 99);
            results.Metric("freshness_p99_ms", "province", Latencies.Percentile(toProvince, 99));
            results.Metric("freshness_p99_ms", "browser", freshnessP99.Value);
            results.Add("freshness", "ack → province scorecard", $"p50 {F(Latencies.Percentile(toProvince, 50))} ms, p99 {F(Latencies.Percentile(toProvince, 99))} ms");
            results.Add("freshness", "ack → browser (SignalR push of the figures)", $"p50 {F(Latencies.Percentile(toBrowser, 50))} ms, p99 {F(freshnessP99.Value)} ms");
            // Nothing changes for a while, the page still open: the front end's own metric of its grain calls.
            var idle = await IdleGrainCalls.MeasureAsync(cluster.WebMetricsPort, TimeSpan.FromSeconds(options.Quick ? 5 : 20));
            results.Metric("idle_web_grain_calls_per_s", "province page open", idle);
            results.Add("freshness", "grain calls of the front end while nothing changes", $"{F(idle, 2)}/s (antitrafficking_web_grain_calls_total, one page open)");
            results.Row("front end's grain calls while nothing changes, a live page open", $"{F(idle, 2)}/s", "target 0/s");
            results.Row("freshness: ack → province total", $"p50 {F(Latencies.Percentile(toProvince, 50))} ms, p99 {F(Latencies.Percentile(toProvince, 99))} ms", "target p99 ≤ 1,000 ms");
            results.Row("freshness: ack → browser over SignalR", $"p50 {F(Latencies.Percentile(toBrowser, 50))} ms, p99 {F(freshnessP99.Value)} ms", "target p99 ≤ 1,000 ms");
        }
        }

        foreach (var (name, path) in new[] { ("page /", "/"), ("API scorecard", "/api/v1/provinces/22/scorecard") }.Where(_ => options.Runs(4)))
        {
            if (scorecardP99 is null)
            {
                Console.WriteLine($"\n[4/6] scorecards over HTTP, 64 connections, {options.HttpDuration.TotalSeconds:0} s each");
            }

            var (rate, p50, p99, count, failed) = await HttpLoad.RunAsync($"http://127.0.0.1:{webPort}{path}", 64, options.HttpDuration);
            scorecardP99 = Math.Max(scorecardP99 ?? 0, p99);
            results.Add("http", name, $"{F(rate, 0)} req/s, p50 {F(p50, 2)} ms, p99 {F(p99, 2)} ms ({count} requests, {failed} failed)");
            results.Row($"{name} (`{path}`), 64 connections", $"{F(rate, 0)} req/s, p50 {F(p50, 1)} ms, p99 {F(p99, 1)} ms", "target p99 ≤ 50 ms");
        }

        if (options.Runs(8))
        {
            Console.WriteLine($"\n[8] lists of records: {RecordListBench.Records:N0} tips in the record index, {options.FreshnessSamples * 5} reads one at a time");
            await RecordListBench.SeedAsync(postgres.ConnectionString, serviceId);
            var (p50, p99, total) = await RecordListBench.MeasureAsync(Cluster.Client(client), options.FreshnessSamples * 5);
            var sql = await postgres.MedianQueryMillisecondsAsync(
                "SELECT record_id FROM record_index WHERE service_id = 'bench' AND province = '22' AND kind = 'tip' ORDER BY dated_on DESC, record_id LIMIT 25 OFFSET 7475");
            results.Add("record lists", $"{total:N0} tips", $"p50 {F(p50, 2)} ms, p99 {F(p99, 2)} ms through the grain client (first page, page 300, a district, a status and year, an inbox)");
            results.Row($"list of {total:N0} tips (filters, paging, inbox)", $"p50 {F(p50, 1)} ms, p99 {F(p99, 1)} ms", $"target p99 ≤ 100 ms; one SQL page query alone: {F(sql, 1)} ms");
        }

        if (options.Runs(9))
        {
            var samples = options.Quick ? 20 : 100;
            Console.WriteLine($"\n[9] pivot of 14 indicators × {communes.Length + 15} units × 20 quarters through the page /phan-tich, {samples} times");
            var (p50, p99, renderedP50, renderedP99, renderedCpu, page, first, cells) = await PivotBench.MeasureAsync($"http://127.0.0.1:{webPort}", communes, samples, () => web.CpuTime);
            results.Add("pivot", $"14 × {communes.Length + 15} × 20 ({cells:N0} cells)", $"p50 {F(p50, 1)} ms, p99 {F(p99, 1)} ms for the cube (14 pages together, unchanged figures); one page p50 {F(page, 1)} ms");
            results.Add("pivot", "rendered afresh", $"p50 {F(renderedP50, 1)} ms, p99 {F(renderedP99, 1)} ms for the cube (a new link each time: no output cache, figures kept in the front end); the web front end's CPU {F(renderedCpu, 1)} ms per cube");
            results.Add("pivot", "first cube", $"{F(first, 1)} ms (figures read from the grains: one call to the province and one to each district for the 20 quarters)");
            results.Row($"pivot 14 indicators × {communes.Length + 15} units × 20 quarters ({cells:N0} cells)", $"p50 {F(p50, 1)} ms, p99 {F(p99, 1)} ms; rendered afresh p50 {F(renderedP50, 1)} ms, p99 {F(renderedP99, 1)} ms (web CPU {F(renderedCpu, 0)} ms per cube); first cube {F(first, 1)} ms", "target p99 ≤ 200 ms");
            results.Target("pivot p99 (14 × 201 × 20)", p99, 200, "ms", higherIsBetter: false);
            results.Metric("pivot_p50_ms", null, p50);
            results.Metric("pivot_rendered_p50_ms", null, renderedP50);
            results.Metric("pivot_rendered_p99_ms", null, renderedP99);
            results.Metric("pivot_rendered_web_cpu_ms", null, renderedCpu);
            results.Metric("pivot_first_cube_ms", null, first);
            results.Metric("pivot_p99_ms", null, p99);
        }

        if (options.Runs(4))
        {
            // One caller alone: the latency of a single read, to set beside one SQL query.
            var (_, single, _, _, _) = await HttpLoad.RunAsync($"http://127.0.0.1:{webPort}/api/v1/provinces/22/scorecard", 1, TimeSpan.FromSeconds(3));
            apiP50 = single;
            results.Add("http", "API scorecard, 1 connection", $"p50 {F(single, 2)} ms");
        }
    }
}

// 5. History already stored: cold start, and the throughput of durable commands, with each size of history.
double? coldSeconds = null;
if (options.Runs(5))
{
    foreach (var size in options.HistorySizes)
    {
        Console.WriteLine($"\n[5/6] {size:N0} events of history in the journal: cold start, then {options.StepDuration.TotalSeconds:0} s of 64 callers");
        var history = new ColdStart(options.Root, postgres.ConnectionString, size);
        var baselineRows = size == options.HistorySizes[0];
        var expected = await history.PersistAsync(logs, plainRows: baselineRows);
        var (readSeconds, jsonMiB, tailRows) = await history.ReadStatesAsync();
        var bytesPerRow = await history.JournalBytesPerRowAsync();
        results.Metric("journal_bytes_per_row", size.ToString(CultureInfo.InvariantCulture), bytesPerRow);
        results.Add("history", $"{size:N0} events: journal on disk", $"{F(bytesPerRow, 0)} bytes per row with its indexes (every service's rows so far)");
        (double Rate, double P50, double P99, int Count) withHistory = default;
        var stepLog = Path.Combine(logs, $"history-{size}-steps.log");
        var (cold, gatewayOpen) = await history.MeasureAsync(cluster, expected, async grains =>
        {
            // One command per commune first, so the step measures work, not first activations; then, with
            // --history-warmup part2, the steps part 2's 64-caller step follows (1 and 8 callers), else 2 s of 8.
            var bench = new CommandBench(grains, communes, $"h{size}-" + Guid.NewGuid().ToString("N")[..6]);
            await bench.WarmUpAsync();
            async Task Step(int callers, TimeSpan duration, string what)
            {
                if (options.PgStats)
                {
                    await postgres.ResetStatsAsync();
                }

                var step = await bench.RunAsync(callers, duration);
                await File.AppendAllTextAsync(stepLog, $"{DateTime.UtcNow:HH:mm:ss} {what}: {callers} callers {duration.TotalSeconds:0} s: {F(step.PerSecond, 0)}/s, p50 {F(step.P50, 2)} ms, p99 {F(step.P99, 2)} ms; load average {LoadAverage()}{Environment.NewLine}");
                if (options.PgStats)
                {
                    await File.AppendAllTextAsync(stepLog, await postgres.StatsReportAsync() + Environment.NewLine);
                }

                if (callers == 64)
                {
                    withHistory = step;
                }
            }

            if (options.HistoryWarmUp == "part2")
            {
                await Step(1, options.StepDuration, "warm-up");
                await Step(8, options.StepDuration, "warm-up");
            }
            else
            {
                await Step(8, TimeSpan.FromSeconds(2), "warm-up");
            }

            for (var i = 1; i <= options.HistorySteps; i++)
            {
                await Step(64, options.StepDuration, $"step {i} of {options.HistorySteps}");
            }
        }, options.SiloEnvironment);
        coldSeconds = size == 1_000_000 || options.Quick && size == options.HistorySizes[0] ? cold : coldSeconds;
        var events = size.ToString(CultureInfo.InvariantCulture);
        results.Metric("cold_start_s", events, cold);
        results.Metric("commands_per_s_with_history", events, withHistory.Rate);
        results.Add("history", $"{size:N0} events: reading the snapshots and tails alone", $"{F(readSeconds, 2)} s for {F(jsonMiB, 1)} MiB of JSON snapshots and {tailRows:N0} journal rows after them, 14 at a time, in the bench process");
        results.Add("history", $"{size:N0} events: cold start", $"{F(cold, 2)} s to a correct province scorecard (gateway open after {F(gatewayOpen, 2)} s: process start, schema check, joining the cluster)");
        results.Add("history", $"{size:N0} events: 64 callers", $"{F(withHistory.Rate, 0)}/s, p50 {F(withHistory.P50, 2)} ms, p99 {F(withHistory.P99, 2)} ms ({withHistory.Count} commands)");
        results.Row($"cold start, {size:N0} events in the journal", $"{F(cold, 1)} s from process start to a correct province scorecard ({F(gatewayOpen, 1)} s of it until the gateway opened)", size >= 10_000_000 ? "target ≤ 5 s" : "target ≤ 3 s at 1,000,000");
        results.Row($"durable commands, 64 callers, {size:N0} events of history", $"{F(withHistory.Rate, 0)}/s, p50 {F(withHistory.P50, 1)} ms, p99 {F(withHistory.P99, 1)} ms", "target ≥ 0.9 × the rate with none");
        if (baselineRows)
        {
            var groupBy = await history.SqlGroupByMillisecondsAsync();
            results.Add("SQL baseline", "GROUP BY district over the events", $"{F(groupBy, 1)} ms (median, {size:N0} events)" + (apiP50 is { } api ? $"; one API scorecard read alone: p50 {F(api, 2)} ms (SQL/API = {F(groupBy / api, 2)})" : ""));
            results.Row("one scorecard read", apiP50 is { } apiMs ? $"API alone (1 connection): p50 {F(apiMs, 1)} ms, totals kept live by the grains" : "API not measured", $"plain SQL GROUP BY over {size:N0} events: {F(groupBy, 1)} ms (one query alone)");
        }
    }
}

// 6. National-scale memory in a process of its own: every activation kept, then idle cases and persons collected.
var nationalCorrect = true;
if (options.Runs(6))
{
    Console.WriteLine($"\n[6/6] national-scale simulation: 63 provinces, {National.Districts} districts, {National.Communes:N0} communes, {options.NationalLeaves:N0} cases and persons (in process, storage in PostgreSQL's place keeps nothing)");
    foreach (var mode in new[] { National.AllActive, National.LeavesCollected })
    {
        var gcdump = options.GcDump ? Path.Combine(options.ResultsFolder, $"national-{mode}.gcdump") : null;
        var national = await RunNationalAsync(options, mode, gcdump);
        var name = mode == National.AllActive ? "national, all active" : "national, idle leaves collected";
        var leaves = national.Cases + national.Persons;
        results.Add(name, "cases + persons", $"{national.Cases:N0} + {national.Persons:N0} in {F(national.LoadSeconds, 0)} s ({F(national.CommandsPerSecond, 0)}/s), totals correct: {national.TotalsCorrect}");
        foreach (var (stage, figures) in new[] { ("silo started", national.Started), ("units active", national.UnitsActive), ("loaded", national.Loaded), ("after collection", national.AfterCollection) })
        {
            if (figures is not null)
            {
                results.Add(name, stage, $"managed heap {F(figures.ManagedMiB, 0)} MiB, working set {F(figures.WorkingSetMiB, 0)} MiB ({F(figures.ReleasedWorkingSetMiB, 0)} MiB once the free memory is returned), {figures.Activations:N0} activations " +
                    "(" + string.Join(", ", figures.ActivationsByClass.OrderByDescending(a => a.Value).Take(6).Select(a => $"{a.Key.Split('.')[^1]} {a.Value:N0}")) + ")");
            }
        }

        results.Add(name, "per case or person", $"{F(national.BytesPerLeaf, 0)} bytes of managed heap (loaded − units active, / {leaves:N0})" +
            (national.AfterCollection is { } after ? $"; {F((after.ManagedMiB - national.UnitsActive.ManagedMiB) * 1048576.0 / leaves, 0)} bytes once idle leaves are collected" : ""));
        results.Add(name, "process", $"peak working set {F(national.PeakWorkingSetMiB, 0)} MiB, {national.Gen2Collections} gen 2 collections, {national.RetriedAfterTimeout} calls retried after a timeout");
        foreach (var (state, writes) in national.Writes.OrderByDescending(w => w.Value.MeanBytes))
        {
            results.Add(name, $"writes of '{state}' state", $"{writes.Writes:N0}, JSON mean {F(writes.MeanBytes, 0)} bytes, largest {writes.LargestBytes:N0} bytes (1 in {WriteOnlyGrainStorage.SampleEvery} serialised)");
        }

        var end = national.AfterCollection ?? national.Loaded;
        results.Row($"national scale ({name}): 63 provinces, {national.Districts} districts, {national.Communes:N0} communes, {leaves:N0} cases and persons",
            $"managed heap {F(end.ManagedMiB, 0)} MiB ({F(national.UnitsActive.ManagedMiB, 0)} MiB with only the units active), working set {F(end.WorkingSetMiB, 0)} MiB, {F(end.ReleasedWorkingSetMiB, 0)} MiB once the collector returns its free memory (peak {F(national.PeakWorkingSetMiB, 0)} MiB), {end.Activations:N0} activations",
            $"{F(national.BytesPerLeaf, 0)} bytes per case or person while active; {F(national.CommandsPerSecond, 0)} commands/s while loading");
        results.Metric("national_heap_mib", mode, end.ManagedMiB);
        results.Metric("national_working_set_mib", mode, end.WorkingSetMiB);
        results.Metric("national_released_working_set_mib", mode, end.ReleasedWorkingSetMiB);
        nationalCorrect &= national.TotalsCorrect;
    }
}

// 7. Exports of a closed period: the silo's close reminder ticks every minute (Orleans' shortest), so 2013 closes
// about a minute after the silo starts and its snapshot holds every scorecard of the province.
if (options.Runs(7))
{
    Console.WriteLine("\n[7] exports of a closed period (2013, 201 scorecards at close), one request at a time");
    var (silo, gatewayPort) = cluster.StartSilo("bench-export", "silo-export.log", new Dictionary<string, string> { ["Reporting__CloseCheckInterval"] = "00:01:00" });
    await using var siloProcess = silo;
    await silo.WaitForPortAsync(gatewayPort, TimeSpan.FromMinutes(3), "The silo");
    var (web, webPort) = cluster.StartWeb("bench-export", gatewayPort);
    await using (web)
    {
        await web.WaitForPortAsync(webPort, TimeSpan.FromMinutes(2), "The web front end");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}"), Timeout = TimeSpan.FromMinutes(1) };
        http.DefaultRequestHeaders.Add(ApiKeySecrets.Header, await AnalystKeyAsync("bench-export", gatewayPort));
        var exports = new ExportBench(http, "22", "2013");
        await exports.WaitForCloseAsync(TimeSpan.FromMinutes(4));
        var samples = options.Quick ? 5 : 20;
        var (xlsx, xlsxBytes) = await exports.DirectAsync("export.xlsx", samples);
        var (csv, csvBytes) = await exports.DirectAsync("scorecards.csv", samples);
        var job = await exports.JobAsync("xlsx", samples);
        string Times(List<double> ms) => $"p50 {F(Latencies.Percentile(ms, 50))} ms, max {F(ms.Max())} ms";
        results.Add("export", "XLSX, direct GET", $"{Times(xlsx)} ({samples} downloads, {xlsxBytes:N0} bytes)");
        results.Add("export", "CSV, direct GET", $"{Times(csv)} ({samples} downloads, {csvBytes:N0} bytes)");
        results.Add("export", "XLSX job: POST → done → file", $"{Times(job)} ({samples} jobs)");
        results.Row("XLSX export of a closed period (2013)", $"direct GET {Times(xlsx)}; as a job, POST to file downloaded: {Times(job)}", "progress shown when it takes more than a moment");
    }
}

Console.WriteLine("\nTargets");
results.Target("durable commands/s (best step)", bestRate, 5000, "/s", higherIsBetter: true);
results.Target("freshness p99 (to the browser)", freshnessP99, 1000, "ms", higherIsBetter: false);
results.Target("scorecard p99 at 64 connections (worse of page and API)", scorecardP99, 50, "ms", higherIsBetter: false);
results.Target($"cold start, {(options.Quick ? options.HistorySizes[0] : 1_000_000):N0} events", coldSeconds, 3, "s", higherIsBetter: false);
// The machine may be shared: the load average says how much else was running.
var written = await results.WriteAsync($"{machine}; load average (1, 5, 15 min) {loadAtStart} at the start, {LoadAverage()} at the end");
Console.WriteLine($"Written to {written}");
return nationalCorrect ? 0 : 1;

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static async Task<National.Figures> RunNationalAsync(BenchOptions options, string mode, string? gcdump)
{
    var info = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
    foreach (var a in new[] { typeof(Results).Assembly.Location, "national", options.NationalLeaves.ToString(CultureInfo.InvariantCulture), Path.Combine(options.Root, "data", "provinces", "22"), mode }.Concat(gcdump is null ? [] : [gcdump]))
    {
        info.ArgumentList.Add(a);
    }

    using var process = System.Diagnostics.Process.Start(info)!;
    var output = await process.StandardOutput.ReadToEndAsync();
    await process.WaitForExitAsync();
    var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("NATIONAL ", StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"The national simulation failed (exit {process.ExitCode}): {output}");
    return JsonSerializer.Deserialize<National.Figures>(line["NATIONAL ".Length..])!;
}

// Exports are for signed-in readers: an analyst's API key, issued through the grains as the admin page does.
static async Task<string> AnalystKeyAsync(string serviceId, int gatewayPort)
{
    using var client = await Cluster.ConnectAsync(serviceId, gatewayPort);
    var (_, key, error) = await client.Services.GetRequiredService<IGrainFactory>().IssueApiKeyAsync(
        new ActingParty("bench-admin", null, ActorRole.Administrator), new ActingParty("bench-analyst", null, ActorRole.Analyst),
        "bench", DateTimeOffset.UtcNow.AddDays(1));
    return error is null ? key : throw new InvalidOperationException($"No API key for the bench: {error.MessageEn}");
}
