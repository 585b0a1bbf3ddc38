using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace AntiTrafficking.TestSupport;

/// <summary>
/// A PostgreSQL server owned by this process, for development runs and tests: initialises a data folder on first
/// use (UTF8, no passwords, reachable only on 127.0.0.1 and through a unix socket next to the data folder), starts
/// it with pg_ctl and waits until it accepts connections. As root, the folders are handed to the "postgres" user
/// and the programs run as that user. Disposing stops the server (and deletes a throwaway server's files).
/// </summary>
public sealed class LocalPostgresServer : IAsyncDisposable
{
    /// <summary>The superuser created by initdb; it logs in without a password.</summary>
    public const string SuperUser = "postgres";

    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    // A throwaway server holds nothing worth keeping, so durability is switched off for speed.
    private static readonly string[] ThrowawaySettings = ["fsync=off", "synchronous_commit=off", "full_page_writes=off"];

    private readonly PostgresBinaries _binaries;
    private readonly string? _throwawayRoot;
    private IReadOnlyList<string> _settings = [];
    private int _disposed;

    private LocalPostgresServer(PostgresBinaries binaries, string dataDirectory, int port, string? throwawayRoot)
    {
        _binaries = binaries;
        _throwawayRoot = throwawayRoot;
        DataDirectory = dataDirectory;
        RunDirectory = dataDirectory + "-run";
        Port = port;
    }

    /// <summary>The cluster's data folder (PGDATA).</summary>
    public string DataDirectory { get; }

    /// <summary>Sibling of the data folder holding the unix socket and the server log (postgres.log).</summary>
    public string RunDirectory { get; }

    /// <summary>The server log.</summary>
    public string LogFile => Path.Combine(RunDirectory, "postgres.log");

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Connection string for the "postgres" database as <see cref="SuperUser"/>.</summary>
    public string ConnectionString => GetConnectionString("postgres");

    /// <summary>Connection string for <paramref name="database"/> on this server as <see cref="SuperUser"/>.</summary>
    public string GetConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = IPAddress.Loopback.ToString(),
            Port = Port,
            Username = SuperUser,
            Database = database,
        }.ConnectionString;

    /// <summary>
    /// Starts (initialising on first use) the server whose data lives in <paramref name="dataDirectory"/>,
    /// listening on 127.0.0.1:<paramref name="port"/>. If it is already running there, just waits for it.
    /// </summary>
    /// <exception cref="PostgresBinariesNotFoundException">PostgreSQL is not installed.</exception>
    public static Task<LocalPostgresServer> StartAsync(string dataDirectory, int port, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(port);
        var server = new LocalPostgresServer(PostgresBinaries.Find(), Path.GetFullPath(dataDirectory), port, throwawayRoot: null);
        return server.StartCoreAsync([], cancellationToken);
    }

    /// <summary>
    /// Starts a fresh server in a new temporary folder on a free port, with fsync off.
    /// Disposing it stops the server and deletes the folder.
    /// </summary>
    public static async Task<LocalPostgresServer> StartThrowawayAsync(CancellationToken cancellationToken = default)
    {
        var binaries = PostgresBinaries.Find();
        var root = Path.Combine(Path.GetTempPath(), "antitrafficking-pg-" + Guid.NewGuid().ToString("N")[..12]);
        var server = new LocalPostgresServer(binaries, Path.Combine(root, "data"), FreeLoopbackPort(), root);
        try
        {
            return await server.StartCoreAsync(ThrowawaySettings, cancellationToken);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the server (pg_ctl stop -m fast). Does nothing when it is not running.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")) || !await IsRunningAsync(cancellationToken))
        {
            return;
        }

        await PostgresProcess.RunCheckedAsync(
            _binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60"], cancellationToken);
    }

    /// <summary>Starts the server again after <see cref="StopAsync"/>, on the same port with the same settings.</summary>
    public Task RestartAsync(CancellationToken cancellationToken = default) => StartCoreAsync(_settings, cancellationToken);

    /// <summary>Stops the server; a throwaway server's folder is deleted too.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            await StopAsync();
        }
        finally
        {
            if (_throwawayRoot is not null && Directory.Exists(_throwawayRoot))
            {
                Directory.Delete(_throwawayRoot, recursive: true);
            }
        }
    }

    private async Task<LocalPostgresServer> StartCoreAsync(IReadOnlyList<string> extraSettings, CancellationToken cancellationToken)
    {
        _settings = extraSettings;
        CheckSocketPathLength();
        var initialised = File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));
        if (!initialised && Directory.Exists(DataDirectory) && Directory.EnumerateFileSystemEntries(DataDirectory).Any())
        {
            throw new InvalidOperationException(
                $"{DataDirectory} is neither empty nor a PostgreSQL data folder; refusing to initialise it.");
        }

        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(RunDirectory);
        // The run folder may be new even for an existing cluster, so it is always handed over.
        await PostgresProcess.HandOverAsync(RunDirectory, cancellationToken);
        if (!initialised)
        {
            await PostgresProcess.HandOverAsync(DataDirectory, cancellationToken);
            await PostgresDataFolder.InitialiseAsync(_binaries, DataDirectory, RunDirectory, SuperUser, cancellationToken);
        }

        if (await IsRunningAsync(cancellationToken))
        {
            var runningPort = PostgresDataFolder.ReadRunningPort(DataDirectory);
            if (runningPort != Port)
            {
                throw new InvalidOperationException(
                    $"The server in {DataDirectory} is already running, on port {runningPort} instead of {Port}.");
            }
        }
        else
        {
            var options = string.Join(' ', new[] { $"-p {Port}" }.Concat(extraSettings.Select(s => "-c " + s)));
            // -w: pg_ctl watches the postmaster and returns as soon as it accepts connections or has died.
            var (exitCode, output) = await PostgresProcess.RunAsync(
                _binaries.PgCtl,
                ["start", "-D", DataDirectory, "-l", LogFile, "-o", options, "-w", "-t", ((int)StartDeadline.TotalSeconds).ToString(CultureInfo.InvariantCulture)],
                cancellationToken);
            if (exitCode != 0)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL in {DataDirectory} failed to start on 127.0.0.1:{Port} (pg_ctl exit code {exitCode}): {output.Trim()}" +
                    $"{Environment.NewLine}Log tail ({LogFile}):{Environment.NewLine}{LogTail()}");
            }
        }

        await WaitUntilAcceptingAsync(cancellationToken);
        return this;
    }

    private async Task<bool> IsRunningAsync(CancellationToken cancellationToken)
    {
        // pg_ctl status: 0 = running, 3 = not running, 4 = no usable data folder.
        var (exitCode, _) = await PostgresProcess.RunAsync(_binaries.PgCtl, ["status", "-D", DataDirectory], cancellationToken);
        return exitCode == 0;
    }

    private async Task WaitUntilAcceptingAsync(CancellationToken cancellationToken)
    {
        // pg_ctl already waited; this confirms that a client gets in over TCP (and covers a server that was
        // already running and may still be starting).
        var probe = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false, Timeout = 5 }.ConnectionString;
        var deadline = DateTime.UtcNow + StartDeadline;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(probe);
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                // Still starting up (or not listening yet): try again until the deadline.
            }
            catch (NpgsqlException ex)
            {
                throw new TimeoutException(
                    $"PostgreSQL in {DataDirectory} did not accept connections on 127.0.0.1:{Port} within {StartDeadline.TotalSeconds:0} s " +
                    $"({ex.Message}). Log tail ({LogFile}):{Environment.NewLine}{LogTail()}", ex);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    private string LogTail() => PostgresDataFolder.LogTail(LogFile);

    private void CheckSocketPathLength()
    {
        // Unix socket paths are limited to 107 bytes; PostgreSQL would fail with a terse message otherwise.
        var socketPath = Path.Combine(RunDirectory, $".s.PGSQL.{Port}");
        if (socketPath.Length > 107)
        {
            throw new ArgumentException(
                $"The data folder path is too long for a unix socket next to it ({socketPath}); choose a shorter path.");
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
