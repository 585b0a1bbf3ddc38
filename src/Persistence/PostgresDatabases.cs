using Microsoft.Extensions.Logging;
using Npgsql;

namespace AntiTrafficking.Persistence;

/// <summary>Opening connections with a clear error, and creating a database that does not exist yet.</summary>
internal static class PostgresDatabases
{
    private const string InvalidCatalogName = "3D000";
    private const string DuplicateDatabase = "42P04";
    private const string UniqueViolation = "23505";

    /// <summary>Opens a connection; turns "server not reachable" into <see cref="DatabaseUnreachableException"/>.</summary>
    public static async Task<NpgsqlConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (NpgsqlException ex) when (ex is not PostgresException)
        {
            await connection.DisposeAsync();
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            throw new DatabaseUnreachableException(builder.Host ?? "localhost", builder.Port, ex);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates the target database through the "postgres" maintenance database when it is missing.</summary>
    public static async Task EnsureExistsAsync(NpgsqlConnectionStringBuilder target, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await using var probe = await OpenAsync(WithoutPooling(target, target.Database!), cancellationToken);
            return;
        }
        catch (PostgresException ex) when (ex.SqlState == InvalidCatalogName)
        {
            logger.LogInformation("Database {Database} does not exist; creating it", target.Database);
        }

        await using var maintenance = await OpenAsync(WithoutPooling(target, "postgres"), cancellationToken);
        var quotedName = "\"" + target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        // template0 so UTF8 works even when template1 was created with another encoding (e.g. SQL_ASCII).
        await using var create = new NpgsqlCommand($"CREATE DATABASE {quotedName} TEMPLATE template0 ENCODING 'UTF8'", maintenance);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState is DuplicateDatabase or UniqueViolation)
        {
            // Another process created it between our check and our CREATE: that is fine.
        }
    }

    private static string WithoutPooling(NpgsqlConnectionStringBuilder source, string database) =>
        new NpgsqlConnectionStringBuilder(source.ConnectionString) { Database = database, Pooling = false }.ConnectionString;
}
