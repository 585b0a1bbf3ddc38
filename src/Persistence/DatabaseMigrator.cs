using DbUp;
using DbUp.Engine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AntiTrafficking.Persistence;

/// <summary>
/// Brings a PostgreSQL database up to the schema in deploy/sql (embedded in this assembly) with DbUp:
/// creates the database when it is missing, applies each script not yet in the journal table, in file-name order.
/// Safe to run again (already-applied scripts are skipped) and from several processes at once
/// (a PostgreSQL advisory lock lets one process migrate while the others wait, then find nothing left to do).
/// </summary>
public static class DatabaseMigrator
{
    /// <summary>The DbUp journal table (schema public) that records which scripts were applied.</summary>
    public const string JournalTable = "schemaversions";

    // Any fixed number works; every process migrating this database must use the same one.
    private const long MigrationLockKey = 0x4154_5F4D_4947_5241; // "AT_MIGRA"

    /// <summary>The embedded script file names ("0001-orleans-clustering.sql", …) in the order they are applied.</summary>
    public static IReadOnlyList<string> ScriptNames => EmbeddedSqlScripts.FileNames();

    /// <summary>
    /// Applies every embedded script the database has not seen yet.
    /// Returns the file names of the scripts applied by this call (empty when the schema was already current).
    /// </summary>
    /// <exception cref="DatabaseUnreachableException">The server cannot be reached.</exception>
    /// <exception cref="InvalidOperationException">A script failed; the message names it.</exception>
    public static async Task<IReadOnlyList<string>> MigrateAsync(
        string connectionString, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        logger ??= NullLogger.Instance;
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(target.Database))
        {
            throw new ArgumentException("The connection string must name a Database.", nameof(connectionString));
        }

        await PostgresDatabases.EnsureExistsAsync(target, logger, cancellationToken);

        // Pooling off: closing this connection really ends the session, which drops the lock even if unlock fails.
        var lockConnectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        await using var lockConnection = await PostgresDatabases.OpenAsync(lockConnectionString, cancellationToken);
        await ExecuteLockCommandAsync(lockConnection, "SELECT pg_advisory_lock(@key)", cancellationToken);
        try
        {
            var applied = await Task.Run(() => Upgrade(connectionString, logger), cancellationToken);
            if (applied.Count == 0)
            {
                logger.LogInformation("Database {Database} schema is up to date; no script applied", target.Database);
            }
            else
            {
                logger.LogInformation(
                    "Applied {Count} script(s) to database {Database}: {Scripts}",
                    applied.Count, target.Database, string.Join(", ", applied));
            }

            return applied;
        }
        finally
        {
            await ExecuteLockCommandAsync(lockConnection, "SELECT pg_advisory_unlock(@key)", CancellationToken.None);
        }
    }

    private static IReadOnlyList<string> Upgrade(string connectionString, ILogger logger)
    {
        var engine = DeployChanges.To
            .PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(EmbeddedSqlScripts.Assembly, EmbeddedSqlScripts.IsScript)
            .JournalToPostgresqlTable("public", JournalTable)
            .WithTransactionPerScript()
            // The scripts use $q$ … $q$ dollar quoting, which DbUp would otherwise read as a variable named q.
            .WithVariablesDisabled()
            .LogTo(logger)
            .Build();

        var result = engine.PerformUpgrade();
        if (!result.Successful)
        {
            var script = result.ErrorScript is null ? "?" : EmbeddedSqlScripts.FileName(result.ErrorScript.Name);
            throw new InvalidOperationException(
                $"Áp dụng tập lệnh SQL {script} thất bại. / Migration script {script} failed: {result.Error?.Message}",
                result.Error);
        }

        return result.Scripts.Select(s => EmbeddedSqlScripts.FileName(s.Name)).ToArray();
    }

    private static async Task ExecuteLockCommandAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", MigrationLockKey);
        // Waiting for another migrating process is expected, so no command timeout here.
        command.CommandTimeout = 0;
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
