using Npgsql;

namespace AntiTrafficking.Persistence.Tests;

[Collection(PostgresCollection.Name)]
public sealed class LocalPostgresServerTests
{
    [Fact]
    public async Task A_server_in_a_named_folder_keeps_its_data_across_a_stop_and_a_start()
    {
        var root = Directory.CreateTempSubdirectory("pg-local-tests-").FullName;
        // CreateTempSubdirectory makes the folder 0700; as root, the postgres user must be able to enter it.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        var dataDirectory = Path.Combine(root, "pgdata");
        var port = LoopbackPort.Free();
        try
        {
            await using (var first = await LocalPostgresServer.StartAsync(dataDirectory, port))
            {
                await Db.QueryAsync(Unpooled(first), "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('còn đây') RETURNING 1", r => r.GetInt32(0));
                await using var again = await LocalPostgresServer.StartAsync(dataDirectory, port); // already running: just waits
                Assert.Equal(first.ConnectionString, again.ConnectionString);
            }

            await using var restarted = await LocalPostgresServer.StartAsync(dataDirectory, port);

            Assert.Equal("còn đây", await Db.ScalarAsync<string>(Unpooled(restarted), "SELECT note FROM kept"));
            Assert.Equal("127.0.0.1", await Db.ScalarAsync<string>(Unpooled(restarted), "SHOW listen_addresses"));
            Assert.Equal(restarted.RunDirectory, await Db.ScalarAsync<string>(Unpooled(restarted), "SHOW unix_socket_directories"));
            Assert.Equal("UTF8", await Db.ScalarAsync<string>(Unpooled(restarted), "SHOW server_encoding"));
            var rules = await Db.QueryAsync(Unpooled(restarted),
                "SELECT type || ' ' || coalesce(address, '-') || ' ' || auth_method FROM pg_hba_file_rules ORDER BY line_number",
                r => r.GetString(0));
            Assert.Equal(["local - trust", "host 127.0.0.1 trust"], rules);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_throwaway_server_deletes_its_folder_when_disposed()
    {
        var server = await LocalPostgresServer.StartThrowawayAsync();
        var folder = Path.GetDirectoryName(server.DataDirectory)!;
        Assert.Equal(1, await Db.ScalarAsync<int>(server.ConnectionString, "SELECT 1"));

        await server.DisposeAsync();

        Assert.False(Directory.Exists(folder));
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => Db.ScalarAsync<int>(server.ConnectionString, "SELECT 1"));
    }

    // The restart ends every session, so pooled connections from before it would fail on first use.
    private static string Unpooled(LocalPostgresServer server) =>
        new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false }.ConnectionString;
}
