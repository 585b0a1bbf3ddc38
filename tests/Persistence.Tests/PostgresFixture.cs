namespace AntiTrafficking.Persistence.Tests;

/// <summary>
/// One throwaway PostgreSQL server for the whole test assembly, with the Orleans schema migrated into
/// <see cref="OrleansDatabase"/>. Tests keep apart by using their own ServiceId/ClusterId (or their own database).
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string OrleansDatabase = "orleans_tests";

    private LocalPostgresServer? _server;

    public LocalPostgresServer Server => _server ?? throw new InvalidOperationException("The PostgreSQL fixture is not started.");

    /// <summary>Connection string of the migrated Orleans database.</summary>
    public string ConnectionString => Server.GetConnectionString(OrleansDatabase);

    /// <summary>Connection string of a database that does not exist yet (a fresh name every call).</summary>
    public string NewDatabaseConnectionString(string prefix) =>
        Server.GetConnectionString($"{prefix}_{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        _server = await LocalPostgresServer.StartThrowawayAsync();
        await DatabaseMigrator.MigrateAsync(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
