using System.Diagnostics;
using System.Net;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Grains;
using AntiTrafficking.Grains.Commands;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Grains.Units;
using AntiTrafficking.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace AntiTrafficking.Bench;

/// <summary>
/// History already stored: Project 1 surveys and material deliveries spread over every commune of the province and
/// over 2011–2015, stored as the grains would have stored them after that many commands — every command a row of the
/// journal (its payload, key and claim, written by binary COPY into the real table with its indexes) and each commune's
/// snapshot through the real storage provider at the last multiple of <see cref="SnapshotEvery"/> rows, so that an
/// activation applies up to 999 rows again (the most a commune can be behind its snapshot) — and, for the SQL
/// baseline, the same events as plain rows.
/// </summary>
internal sealed class ColdStart(string root, string connectionString, int size)
{
    public const string Period = "2013";

    /// <summary>As the command grains do: a snapshot every 1,000 rows.</summary>
    private const int SnapshotEvery = 1000;

    private static readonly ActingParty Officer = new("bench-officer", "TTTT");

    /// <summary>A service of its own for each size of history.</summary>
    public string ServiceId { get; } = $"bench-history-{size}";
    private static readonly string[] Materials = ["leaflet", "poster", "banner", "handbook", "qaBook"];

    public sealed record Expected(long Aware, long Respondents, long Deliveries);

    private sealed record Event(string Commune, string District, bool IsSurvey, DateOnly On, int Respondents, int Aware, int Quantity, string Material);

    /// <summary>Writes the events; returns what the province scorecard of <see cref="Period"/> must show.</summary>
    public async Task<Expected> PersistAsync(string logs, bool plainRows)
    {
        var count = size;
        var reference = ReferenceData.Load(Path.Combine(root, "data"));
        var communes = reference.Provinces["22"].DistrictCodes.SelectMany(d => reference.Districts[d].CommuneCodes).ToArray();
        var random = new Random(20111);
        var events = new Event[count];
        for (var i = 0; i < count; i++)
        {
            var commune = communes[random.Next(communes.Length)];
            var on = new DateOnly(2011, 1, 1).AddDays(random.Next(1826));
            var respondents = 20 + random.Next(180);
            events[i] = new Event(commune, reference.Communes[commune].DistrictCode, random.Next(2) == 0, on, respondents,
                random.Next(respondents + 1), 10 + random.Next(490), Materials[random.Next(Materials.Length)]);
        }

        await WriteJournalAsync(events, logs);
        if (plainRows)
        {
            await WritePlainRowsAsync(events);
        }

        var inPeriod = events.Where(e => e.On.Year == int.Parse(Period, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return new Expected(
            inPeriod.Where(e => e.IsSurvey).Sum(e => (long)e.Aware),
            inPeriod.Where(e => e.IsSurvey).Sum(e => (long)e.Respondents),
            inPeriod.LongCount(e => !e.IsSurvey));
    }

    /// <summary>
    /// From the silo process's start until the province scorecard is correct (every commune read back by its district,
    /// every district by the province).
    /// </summary>
    /// <param name="cluster">Starts the silo.</param>
    /// <param name="expected">What the scorecard must show.</param>
    /// <param name="then">Work for the silo once the scorecard is correct (the throughput with this history), before it stops.</param>
    /// <param name="settings">Settings of the silo process besides the cluster's own.</param>
    public async Task<(double Seconds, double GatewaySeconds)> MeasureAsync(Cluster cluster, Expected expected, Func<IGrainFactory, Task> then, IReadOnlyDictionary<string, string>? settings = null)
    {
        var started = Stopwatch.StartNew();
        var (silo, gatewayPort) = cluster.StartSilo(ServiceId, $"silo-history-{size}.log", settings);
        await using (silo)
        {
            // For a profiler to attach (dotnet-trace collect -p).
            await File.WriteAllTextAsync(Path.Combine(cluster.Logs, $"silo-history-{size}.pid"), silo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await silo.WaitForPortAsync(gatewayPort, TimeSpan.FromMinutes(3), "The cold-start silo");
            var gatewayOpen = started.Elapsed.TotalSeconds;
            using var client = await Cluster.ConnectAsync(ServiceId, gatewayPort);
            var province = Cluster.Client(client).GetGrain<IProvinceGrain>("22");
            while (true)
            {
                ScorecardView? scorecard;
                try
                {
                    scorecard = await province.GetScorecardAsync(Period);
                }
                catch (TimeoutException)
                {
                    // The first call waits for the whole province to activate; on a loaded machine that may exceed 30 s.
                    scorecard = null;
                }

                if (scorecard is not null && Matches(scorecard, expected))
                {
                    var seconds = started.Elapsed.TotalSeconds;
                    await then(Cluster.Client(client));
                    return (seconds, gatewayOpen);
                }

                if (started.Elapsed > TimeSpan.FromMinutes(5))
                {
                    throw new TimeoutException("The province scorecard was not correct 5 minutes after the silo started.");
                }

                await Task.Delay(20);
            }
        }
    }

    /// <summary>The same district scorecard (IND-03 and OUT-03 of the year) as one GROUP BY over the plain rows: median of 5, ms.</summary>
    public async Task<double> SqlGroupByMillisecondsAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var times = new List<double>();
        for (var i = 0; i < 6; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await using var command = new NpgsqlCommand(
                """
                SELECT district_code,
                       sum(aware) FILTER (WHERE is_survey), sum(respondents) FILTER (WHERE is_survey),
                       count(*) FILTER (WHERE NOT is_survey)
                FROM bench_events
                WHERE happened_on >= DATE '2013-01-01' AND happened_on < DATE '2014-01-01'
                GROUP BY district_code
                """, connection);
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

    private static bool Matches(ScorecardView scorecard, Expected expected)
    {
        var ind03 = scorecard.Indicators.Single(x => x.Code == "IND-03");
        var out03 = scorecard.Outputs.Single(x => x.Code == "OUT-03");
        return ind03.Numerator == expected.Aware && ind03.Denominator == expected.Respondents && out03.Value == expected.Deliveries;
    }

    private async Task WriteJournalAsync(Event[] events, string logs)
    {
        var byCommune = events.Select((e, i) => (e, i)).GroupBy(x => x.e.Commune).ToArray();
        long rows = 0;
        await WithStorageAsync("bench-writer", async (storage, serializer) =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using (var import = await connection.BeginBinaryImportAsync(
                             "COPY command_journal (service_id, stream, position, kind, version, key, fingerprint, claim, payload) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var group in byCommune)
                {
                    var position = 0L;
                    foreach (var (e, i) in group)
                    {
                        position++;
                        var (command, claim) = Command(e, i);
                        await import.StartRowAsync();
                        await import.WriteAsync(ServiceId, NpgsqlDbType.Varchar);
                        await import.WriteAsync($"commune/{group.Key}", NpgsqlDbType.Text);
                        await import.WriteAsync(position, NpgsqlDbType.Bigint);
                        await import.WriteAsync("command", NpgsqlDbType.Varchar);
                        await import.WriteAsync(position, NpgsqlDbType.Bigint);
                        await import.WriteAsync($"{Officer.UserId} cold-{i}", NpgsqlDbType.Text);
                        // No history command is retried by the bench: a placeholder of a fingerprint's size.
                        await import.WriteAsync(i.ToString("x64", System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Varchar);
                        await import.WriteAsync(claim, NpgsqlDbType.Text);
                        await import.WriteAsync(serializer.SerializeToArray<object>(command), NpgsqlDbType.Bytea);
                        rows++;
                    }
                }

                await import.CompleteAsync();
            }

            await Postgres.Execute(connection, "ANALYZE command_journal");
            await Parallel.ForEachAsync(byCommune, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (group, _) =>
            {
                // The snapshot holds the rows up to the last multiple of 1,000; the rest are its tail.
                var inSnapshot = group.Count() / SnapshotEvery * SnapshotEvery;
                var state = new CommuneState { Position = inSnapshot, Version = inSnapshot };
                var position = 0;
                foreach (var (e, i) in group.Take(inSnapshot))
                {
                    position++;
                    if (e.IsSurvey)
                    {
                        state.AddSurvey(e.On, e.Respondents, e.Aware);
                    }
                    else
                    {
                        state.AddDelivery("66/2011/QH12", e.Material, e.Quantity, e.On);
                    }

                    if (position > inSnapshot - LedgerState.RecentKeys)
                    {
                        state.Applied[$"{Officer.UserId} cold-{i}"] = position;
                    }
                }

                await storage.WriteStateAsync("commune", GrainId.Create("commune", group.Key), new GrainState<CommuneState>(state));
            });
        });
        await File.AppendAllTextAsync(Path.Combine(logs, "cold-start.log"), $"{events.Length} events written as {rows:N0} journal rows and {byCommune.Length} commune snapshots{Environment.NewLine}");
    }

    private static (object Command, string? Claim) Command(Event e, int i) => e.IsSurvey
        ? (new RecordSurvey($"cold-{i}", Officer, $"cold-survey-{i}", e.On, e.Respondents, e.Aware), $"survey:cold-survey-{i}")
        : (new RecordDelivery($"cold-{i}", Officer, "66/2011/QH12", e.Material, e.Quantity, e.On), null);

    /// <summary>The journal's size on disk with its indexes, bytes per row, for this history's rows.</summary>
    public async Task<double> JournalBytesPerRowAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT pg_total_relation_size('command_journal')::float8 / greatest(1, (SELECT count(*) FROM command_journal))", connection);
        return (double)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// One part of the cold start on its own: reading the communes' snapshots back through the same storage provider
    /// and JSON serializer, and each one's journal rows after it, as the communes do when they activate (here 14 at a
    /// time), in seconds; with the JSON size of the snapshots, MiB, and the number of rows read after them.
    /// </summary>
    public async Task<(double Seconds, double JsonMiB, long TailRows)> ReadStatesAsync()
    {
        var reference = ReferenceData.Load(Path.Combine(root, "data"));
        var communes = reference.Provinces["22"].DistrictCodes.SelectMany(d => reference.Districts[d].CommuneCodes).ToArray();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var size = new NpgsqlCommand($"SELECT coalesce(sum(octet_length(payload_binary)), 0) FROM orleans_storage WHERE service_id = '{ServiceId}' AND grain_type_string LIKE '%commune%'", connection);
        var jsonMiB = Convert.ToInt64(await size.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) / 1048576.0;
        long tail = 0;
        var seconds = 0.0;
        await WithStorageAsync("bench-reader", async (storage, _) =>
        {
            await using var database = NpgsqlDataSource.Create(connectionString);
            var start = Stopwatch.GetTimestamp();
            await Parallel.ForEachAsync(communes, new ParallelOptions { MaxDegreeOfParallelism = 14 }, async (commune, _) =>
            {
                var state = new GrainState<CommuneState>(new CommuneState());
                await storage.ReadStateAsync("commune", GrainId.Create("commune", commune), state);
                await using var rows = database.CreateCommand(
                    "SELECT payload FROM command_journal WHERE service_id = $1 AND stream = $2 AND position > $3 ORDER BY position");
                rows.Parameters.Add(new() { Value = ServiceId });
                rows.Parameters.Add(new() { Value = $"commune/{commune}" });
                rows.Parameters.Add(new() { Value = state.State?.Position ?? 0 });
                await using var reader = await rows.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    Interlocked.Increment(ref tail);
                }
            });
            seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        });
        return (seconds, jsonMiB, tail);
    }

    /// <summary>A silo of its own cluster but of the same service, for its storage provider: it writes and reads the rows the real silo reads.</summary>
    private async Task WithStorageAsync(string clusterId, Func<IGrainStorage, Serializer, Task> use)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = ServiceId;
            });
            silo.ConfigureEndpoints(IPAddress.Loopback, Postgres.FreePort(), Postgres.FreePort(), listenOnAnyHostAddress: false);
            silo.UsePostgres(connectionString);
        });
        using var host = builder.Build();
        await DatabaseMigrator.MigrateAsync(connectionString, host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("bench"));
        await host.StartAsync();
        await use(host.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Main), host.Services.GetRequiredService<Serializer>());
        await host.StopAsync();
    }

    private async Task WritePlainRowsAsync(Event[] events)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await Postgres.Execute(connection, """
            CREATE TABLE bench_events (
              commune_code text NOT NULL, district_code text NOT NULL, is_survey boolean NOT NULL, happened_on date NOT NULL,
              respondents int NOT NULL, aware int NOT NULL, quantity int NOT NULL, material text NOT NULL)
            """);
        await using (var import = await connection.BeginBinaryImportAsync(
                         "COPY bench_events (commune_code, district_code, is_survey, happened_on, respondents, aware, quantity, material) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var e in events)
            {
                await import.StartRowAsync();
                await import.WriteAsync(e.Commune, NpgsqlDbType.Text);
                await import.WriteAsync(e.District, NpgsqlDbType.Text);
                await import.WriteAsync(e.IsSurvey, NpgsqlDbType.Boolean);
                await import.WriteAsync(e.On, NpgsqlDbType.Date);
                await import.WriteAsync(e.IsSurvey ? e.Respondents : 0, NpgsqlDbType.Integer);
                await import.WriteAsync(e.IsSurvey ? e.Aware : 0, NpgsqlDbType.Integer);
                await import.WriteAsync(e.IsSurvey ? 0 : e.Quantity, NpgsqlDbType.Integer);
                await import.WriteAsync(e.Material, NpgsqlDbType.Text);
            }

            await import.CompleteAsync();
        }

        await Postgres.Execute(connection, "CREATE INDEX ON bench_events (happened_on); ANALYZE bench_events");
    }
}
