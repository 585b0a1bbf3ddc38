using Npgsql;

namespace AntiTrafficking.Hosting;

/// <summary>Answers "can this process reach its PostgreSQL database now?" for readiness checks.</summary>
public static class PostgresProbe
{
    /// <summary>
    /// Opens a fresh connection (outside the pool, so a broken pooled connection does not hide a recovered server)
    /// and runs <c>select 1</c>; null when that worked within <paramref name="timeout"/>, else why not.
    /// </summary>
    public static async Task<string?> CheckAsync(string connectionString, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds));
        var probe = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = seconds, CommandTimeout = seconds }.ConnectionString;
        try
        {
            await using var connection = new NpgsqlConnection(probe);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            return $"PostgreSQL is unreachable ({ex.GetType().Name}: {ex.Message})";
        }
    }

    /// <summary>Whether <paramref name="exception"/> (or an exception inside it) says the database could not be reached.</summary>
    public static bool IsUnreachable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or System.Net.Sockets.SocketException)
            {
                return true;
            }

            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsUnreachable))
            {
                return true;
            }
        }

        return false;
    }
}
