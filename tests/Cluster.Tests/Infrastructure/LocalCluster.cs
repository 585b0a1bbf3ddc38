using System.Globalization;
using System.Net;
using AntiTrafficking.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.Configuration;

namespace AntiTrafficking.Cluster.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL with the schema, N real silo processes of src/Silo on their own ports sharing its membership
/// table (failure detection shortened to seconds through configuration), optionally the web front end as a process,
/// and an Orleans client finding the gateways in the membership table.
/// </summary>
internal sealed class LocalCluster : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(90);

    /// <summary>How often the cluster tests read again while they wait: each read may cost a PostgreSQL connection.</summary>
    public static TimeSpan Poll { get; } = TimeSpan.FromMilliseconds(50);

    private readonly List<SiloHandle> _silos = [];
    private readonly string _clusterId = "test-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _keyFile = Path.Combine(Path.GetTempPath(), $"antitrafficking-keys-{Guid.NewGuid():N}.json");
    private IHost? _clientHost;

    private LocalCluster(LocalPostgresServer postgres, string connectionString)
    {
        Postgres = postgres;
        ConnectionString = connectionString;
    }

    public LocalPostgresServer Postgres { get; }

    public string ConnectionString { get; }

    public IReadOnlyList<SiloHandle> Silos => _silos;

    public HostProcess? Web { get; private set; }

    /// <summary>The web front end's own address for /metrics (Observability:MetricsUrl), apart from its public port.</summary>
    public Uri? WebMetrics { get; private set; }

    public IClusterClient Client => _clientHost?.Services.GetRequiredService<IClusterClient>()
        ?? throw new InvalidOperationException("The client is not connected.");

    /// <summary>
    /// Starts the database with the schema, then <paramref name="silos"/> silos and, if asked, the web front end;
    /// <paramref name="beforeSilos"/> is given the connection string once the schema is there, before any silo starts.
    /// </summary>
    public static async Task<LocalCluster> StartAsync(int silos, bool web, Func<string, Task>? beforeSilos = null)
    {
        var postgres = await LocalPostgresServer.StartThrowawayAsync();
        var connectionString = new NpgsqlConnectionStringBuilder(postgres.GetConnectionString("antitrafficking")) { Timeout = 3 }.ConnectionString;
        var cluster = new LocalCluster(postgres, connectionString);
        try
        {
            await DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance);
            if (beforeSilos is not null)
            {
                await beforeSilos(connectionString);
            }

            var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
            await File.WriteAllTextAsync(cluster._keyFile, $$$"""{"activeKeyId":"k1","keys":{"k1":"{{{key}}}"}}""");
            for (var i = 1; i <= silos; i++)
            {
                cluster.StartSilo(i);
            }

            foreach (var silo in cluster._silos)
            {
                await WaitUntilReadyAsync(silo.Process);
            }

            await cluster.ConnectClientAsync();
            if (web)
            {
                cluster.WebMetrics = new Uri($"http://127.0.0.1:{Repository.FreePort()}");
                cluster.Web = HostProcess.Start("web", Repository.WebDll, Repository.FreePort(), new Dictionary<string, string>
                {
                    ["Observability__MetricsUrl"] = cluster.WebMetrics.ToString(),
                    ["ConnectionStrings__Postgres"] = connectionString,
                    ["Orleans__ClusterId"] = cluster._clusterId,
                    ["Orleans__ServiceId"] = cluster._clusterId,
                    ["Orleans__Gateway__GatewayListRefreshPeriod"] = "00:00:01",
                    ["Orleans__ConnectTimeoutSeconds"] = "30",
                    ["Logging__Console__FormatterName"] = "json",
                });
                await WaitUntilReadyAsync(cluster.Web);
            }

            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>GET a path of a host; the status and body.</summary>
    public static async Task<(HttpStatusCode Status, string Body)> GetAsync(HostProcess host, string path)
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        using var response = await http.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The silos the membership table lists as Active (status 3), by silo port.</summary>
    public async Task<IReadOnlySet<int>> ActiveSiloPortsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select port from orleans_membership where deployment_id = @id and status = 3", connection);
        command.Parameters.AddWithValue("id", _clusterId);
        var ports = new HashSet<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ports.Add(reader.GetInt32(0));
        }

        return ports;
    }

    /// <summary>The reminders named <paramref name="name"/> this cluster has stored.</summary>
    public async Task<long> RemindersAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) from orleans_reminders where service_id = @id and reminder_name = @name", connection);
        command.Parameters.AddWithValue("id", _clusterId);
        command.Parameters.AddWithValue("name", name);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Runs one SQL statement on the cluster's database.</summary>
    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Everything the processes wrote, for failure messages.</summary>
    public string Diagnostics() =>
        string.Join(Environment.NewLine, _silos.Select(s => s.Process.Tail()).Concat(Web is null ? [] : [Web.Tail()]));

    public async ValueTask DisposeAsync()
    {
        if (_clientHost is not null)
        {
            try
            {
                await _clientHost.StopAsync(TimeSpan.FromSeconds(5));
            }
            finally
            {
                _clientHost.Dispose();
            }
        }

        if (Web is not null)
        {
            await Web.DisposeAsync();
        }

        foreach (var silo in _silos)
        {
            await silo.Process.DisposeAsync();
        }

        await Postgres.DisposeAsync();
        File.Delete(_keyFile);
    }

    /// <summary>Runs the silo's <c>audit-verify</c> command on this cluster's database; returns its exit code and what it printed.</summary>
    public async Task<(int ExitCode, string Output)> VerifyAuditAsync()
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [Repository.SiloDll, "audit-verify"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Repository.SiloDll)!,
        };
        start.Environment["ConnectionStrings__Postgres"] = ConnectionString;
        start.Environment["Orleans__ServiceId"] = _clusterId;
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    /// <summary>The audit outcomes stored for each idempotency key of this cluster.</summary>
    public async Task<ILookup<string, string>> AuditOutcomesAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT idempotency_key, outcome FROM audit_log WHERE service_id = @s AND idempotency_key IS NOT NULL", connection);
        command.Parameters.AddWithValue("s", _clusterId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string Key, string Outcome)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows.ToLookup(r => r.Key, r => r.Outcome);
    }

    private void StartSilo(int number)
    {
        var siloPort = Repository.FreePort();
        var gatewayPort = Repository.FreePort();
        var process = HostProcess.Start($"silo-{number}", Repository.SiloDll, Repository.FreePort(), new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = ConnectionString,
            ["Data__Root"] = Repository.DataFolder,
            ["Victims__KeyFile"] = _keyFile,
            ["Orleans__ClusterId"] = _clusterId,
            ["Orleans__ServiceId"] = _clusterId,
            ["Orleans__SiloPort"] = siloPort.ToString(CultureInfo.InvariantCulture),
            ["Orleans__GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture),
            // A silo that stops answering is declared dead within seconds instead of the production default (tens of seconds).
            ["Orleans__Membership__ProbeTimeout"] = "00:00:01",
            ["Orleans__Membership__NumMissedProbesLimit"] = "2",
            ["Orleans__Membership__TableRefreshTimeout"] = "00:00:02",
            ["Orleans__Membership__IAmAliveTablePublishTimeout"] = "00:00:05",
            ["Orleans__Messaging__ResponseTimeout"] = "00:00:05",
            // Each silo reads its reminders every 10 s instead of 5 min, so that one whose first read failed loads them soon.
            ["Orleans__ReminderService__RefreshReminderListPeriod"] = "00:00:10",
            ["Logging__Console__FormatterName"] = "json",
        });
        _silos.Add(new SiloHandle(process, siloPort, gatewayPort));
    }

    private static async Task WaitUntilReadyAsync(HostProcess host)
    {
        // Ready, or exited: a process that died during start fails the wait at once (with its output), not at the deadline.
        var (exited, _) = await Eventually.ReturnsAsync(
            async () => host.HasExited ? (true, HttpStatusCode.ServiceUnavailable) : (false, (await GetAsync(host, "/health/ready")).Status),
            r => r.Item1 || r.Item2 == HttpStatusCode.OK,
            $"{host.Name} to be ready",
            StartDeadline,
            Poll);
        if (exited)
        {
            throw new InvalidOperationException($"{host.Name} exited during start.{Environment.NewLine}{host.Tail()}");
        }
    }

    private async Task ConnectClientAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = _clusterId;
                o.ServiceId = _clusterId;
            });
            client.UsePostgresClustering(ConnectionString);
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1));
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5));
        });
        _clientHost = builder.Build();
        await _clientHost.StartAsync();
    }
}

/// <summary>A silo process and its Orleans ports.</summary>
internal sealed record SiloHandle(HostProcess Process, int SiloPort, int GatewayPort);
