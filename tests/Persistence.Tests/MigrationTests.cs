using System.Reflection;
using System.Text.RegularExpressions;
using Npgsql;
using Orleans.Runtime.MembershipService;
using Orleans.Storage;

namespace AntiTrafficking.Persistence.Tests;

[Collection(PostgresCollection.Name)]
public sealed class MigrationTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Migrating_a_missing_database_creates_it_and_applies_every_script_in_order()
    {
        var connectionString = postgres.NewDatabaseConnectionString("migrate_new");

        var applied = await DatabaseMigrator.MigrateAsync(connectionString);

        Assert.Equal(DatabaseMigrator.ScriptNames, applied);
        Assert.Equal(["0001-orleans-clustering.sql", "0002-orleans-persistence.sql", "0003-orleans-reminders.sql"],
            applied.Take(3));
        var journal = await Db.QueryAsync(connectionString,
            $"SELECT scriptname FROM public.{DatabaseMigrator.JournalTable} ORDER BY schemaversionsid", r => r.GetString(0));
        Assert.Equal(applied.Count, journal.Count);
    }

    [Fact]
    public async Task Migrating_twice_applies_nothing_the_second_time_and_leaves_every_row_untouched()
    {
        var connectionString = postgres.NewDatabaseConnectionString("migrate_twice");
        await DatabaseMigrator.MigrateAsync(connectionString);
        var before = await SnapshotAsync(connectionString);

        var appliedAgain = await DatabaseMigrator.MigrateAsync(connectionString);

        Assert.Empty(appliedAgain);
        Assert.Equal(before, await SnapshotAsync(connectionString));
    }

    [Fact]
    public async Task Migrations_started_together_apply_each_script_exactly_once()
    {
        var connectionString = postgres.NewDatabaseConnectionString("migrate_race");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => DatabaseMigrator.MigrateAsync(connectionString))));

        Assert.Equal(DatabaseMigrator.ScriptNames, results.SelectMany(r => r).Order(StringComparer.Ordinal));
        var journalCount = await Db.ScalarAsync<long>(connectionString, $"SELECT count(*) FROM public.{DatabaseMigrator.JournalTable}");
        Assert.Equal(DatabaseMigrator.ScriptNames.Count, journalCount);
    }

    [Fact]
    public async Task Each_script_can_run_again_by_hand_without_error_or_change()
    {
        var connectionString = postgres.NewDatabaseConnectionString("migrate_rerun");
        await DatabaseMigrator.MigrateAsync(connectionString);
        var queriesBefore = await QueryRowsAsync(connectionString);

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            foreach (var script in ReadEmbeddedScripts())
            {
                await using var command = new NpgsqlCommand(script, connection);
                await command.ExecuteNonQueryAsync();
            }
        }

        Assert.Equal(queriesBefore, await QueryRowsAsync(connectionString));
    }

    [Fact]
    public async Task The_schema_holds_every_query_key_the_Orleans_providers_ask_for()
    {
        var keys = await Db.QueryAsync(postgres.ConnectionString, "SELECT QueryKey FROM OrleansQuery", r => r.GetString(0));

        // Later scripts (0004-…) may add keys for other providers, so this checks for "at least these".
        Assert.Empty(ProviderQueryKeys.All.Except(keys));
        Assert.All(ProviderQueryKeys.All, key => Assert.Single(keys, key));
    }

    [Fact]
    public void The_expected_query_keys_match_what_the_installed_provider_assemblies_require()
    {
        // Guards a future Orleans upgrade: if a provider starts asking for another key, this fails first.
        var clustering = RequiredKeysOf(typeof(AdoNetClusteringTable).Assembly, "Orleans.Clustering.AdoNet.Storage.DbStoredQueries");
        var reminders = RequiredKeysOf(typeof(Orleans.Configuration.AdoNetReminderTableOptions).Assembly, "Orleans.Reminders.AdoNet.Storage.DbStoredQueries");
        var storage = Regex.Matches(AdoNetGrainStorage.DefaultInitializationQuery, "QueryKey = '([A-Za-z0-9]+)'").Select(m => m.Groups[1].Value);

        Assert.Equal(ProviderQueryKeys.ClusteringRequired.Order(), clustering.Order());
        Assert.Equal(ProviderQueryKeys.RemindersRequired.Order(), reminders.Order());
        Assert.Equal(ProviderQueryKeys.StorageRequired.Concat(ProviderQueryKeys.StorageOptional).Order(), storage.Order());
    }

    [Fact]
    public async Task Migrating_against_a_server_that_is_not_running_fails_with_a_Vietnamese_and_English_message()
    {
        var closedPort = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Port = LoopbackPort.Free(), Timeout = 5 };

        var error = await Assert.ThrowsAsync<DatabaseUnreachableException>(() => DatabaseMigrator.MigrateAsync(closedPort.ConnectionString));

        Assert.Contains("Không thể kết nối tới máy chủ PostgreSQL", error.Message);
        Assert.Contains("Cannot reach the PostgreSQL server at 127.0.0.1:" + closedPort.Port, error.Message);
    }

    private static IEnumerable<string> RequiredKeysOf(Assembly assembly, string typeName) =>
        (assembly.GetType(typeName, throwOnError: true)!)
            .GetProperties(BindingFlags.Instance | BindingFlags.NonPublic)
            .Select(p => p.Name);

    private static IEnumerable<string> ReadEmbeddedScripts()
    {
        var assembly = typeof(DatabaseMigrator).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return reader.ReadToEnd();
        }
    }

    private static Task<List<string>> QueryRowsAsync(string connectionString) =>
        Db.QueryAsync(connectionString, "SELECT QueryKey || '=' || QueryText FROM OrleansQuery ORDER BY QueryKey", r => r.GetString(0));

    /// <summary>Query rows with their row versions (xmin), the journal, and every function body: any rewrite would show.</summary>
    private static async Task<List<string>> SnapshotAsync(string connectionString)
    {
        var rows = await Db.QueryAsync(connectionString,
            "SELECT QueryKey || ' ' || xmin::text || ' ' || md5(QueryText) FROM OrleansQuery ORDER BY QueryKey", r => r.GetString(0));
        rows.AddRange(await Db.QueryAsync(connectionString,
            $"SELECT scriptname || ' ' || applied::text FROM public.{DatabaseMigrator.JournalTable} ORDER BY schemaversionsid", r => r.GetString(0)));
        rows.AddRange(await Db.QueryAsync(connectionString,
            "SELECT proname || ' ' || xmin::text FROM pg_proc WHERE proname LIKE 'orleans%' ORDER BY proname", r => r.GetString(0)));
        return rows;
    }
}
