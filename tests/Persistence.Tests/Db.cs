using Npgsql;

namespace AntiTrafficking.Persistence.Tests;

/// <summary>Small helpers to look at what the providers stored.</summary>
internal static class Db
{
    public static async Task<List<T>> QueryAsync<T>(
        string connectionString, string sql, Func<NpgsqlDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public static async Task ExecuteAsync(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        var rows = await QueryAsync(connectionString, sql, r => r.GetFieldValue<T>(0), parameters);
        return Assert.Single(rows);
    }

    /// <summary>The JSON of every stored grain state of <paramref name="serviceId"/> with one of <paramref name="stateNames"/>.</summary>
    public static Task<List<string>> StoredStatesAsync(string connectionString, string serviceId, params string[] stateNames) =>
        QueryAsync(
            connectionString,
            "SELECT payload_binary FROM orleans_storage WHERE service_id = @service AND grain_type_string = ANY(@states) AND payload_binary IS NOT NULL",
            r => System.Text.Encoding.UTF8.GetString(r.GetFieldValue<byte[]>(0)),
            ("service", serviceId),
            ("states", stateNames));
}
