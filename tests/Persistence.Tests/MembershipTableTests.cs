using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime.Membership;
using Orleans.Runtime.MembershipService;

namespace AntiTrafficking.Persistence.Tests;

/// <summary>Drives the ADO.NET membership provider directly, so every clustering query is checked against the rows it leaves.</summary>
[Collection(PostgresCollection.Name)]
public sealed class MembershipTableTests(PostgresFixture postgres)
{
    private static readonly DateTime Noon = new(2025, 3, 1, 12, 0, 0, 123, DateTimeKind.Utc);

    private readonly string _clusterId = $"membership-{Guid.NewGuid():N}";

    [Fact]
    public async Task A_new_cluster_starts_with_a_version_row_at_zero_and_no_silos()
    {
        var table = await CreateTableAsync();

        var data = await table.ReadAllAsync();

        Assert.Empty(data.Members);
        Assert.Equal(0, data.Version.Version);
        Assert.Equal(0, await StoredVersionAsync());
    }

    [Fact]
    public async Task Inserting_a_silo_bumps_the_table_version_and_an_insert_with_a_stale_version_is_refused()
    {
        var table = await CreateTableAsync();
        var version = (await table.ReadAllAsync()).Version;

        Assert.True(await table.InsertRowAsync(Entry(11111, SiloStatus.Active), version.Next()));
        Assert.False(await table.InsertRowAsync(Entry(11112, SiloStatus.Active), version.Next()));

        Assert.Equal(1, await StoredVersionAsync());
        Assert.Equal([11111], await StoredPortsAsync());
        var read = await table.ReadAllAsync();
        var (entry, etag) = Assert.Single(read.Members);
        Assert.Equal("1", etag);
        Assert.Equal(Entry(11111, SiloStatus.Active).SiloAddress, entry.SiloAddress);
        Assert.Equal("silo-11111", entry.SiloName);
        Assert.Equal(Noon, entry.StartTime);
    }

    [Fact]
    public async Task An_update_stores_status_and_suspect_times_and_reads_them_back()
    {
        var table = await CreateTableAsync();
        var entry = Entry(11111, SiloStatus.Active);
        await table.InsertRowAsync(entry, (await table.ReadAllAsync()).Version.Next());
        var current = await table.ReadRowAsync(entry.SiloAddress);
        var suspecter = SiloAddress.New(IPAddress.Loopback, 22222, 7);

        entry.Status = SiloStatus.ShuttingDown;
        entry.SuspectTimes = [Tuple.Create(suspecter, Noon.AddSeconds(5))];
        var updated = await table.UpdateRowAsync(entry, current.Members[0].Item2, current.Version.Next());

        Assert.True(updated);
        var stored = await Db.ScalarAsync<string>(postgres.ConnectionString,
            "SELECT suspect_times FROM orleans_membership WHERE deployment_id = @id", ("id", _clusterId));
        Assert.Contains("2025-03-01 12:00:05.123 GMT", stored);
        var read = Assert.Single((await table.ReadRowAsync(entry.SiloAddress)).Members).Item1;
        Assert.Equal(SiloStatus.ShuttingDown, read.Status);
        Assert.NotNull(read.SuspectTimes);
        var (suspectingSilo, when) = Assert.Single(read.SuspectTimes);
        Assert.Equal(suspecter, suspectingSilo);
        Assert.Equal(Noon.AddSeconds(5), when);
        Assert.Equal(2, await StoredVersionAsync());
    }

    [Fact]
    public async Task An_update_with_a_stale_version_is_refused_and_changes_nothing()
    {
        var table = await CreateTableAsync();
        var entry = Entry(11111, SiloStatus.Active);
        var initial = (await table.ReadAllAsync()).Version;
        await table.InsertRowAsync(entry, initial.Next());

        entry.Status = SiloStatus.Dead;
        var updated = await table.UpdateRowAsync(entry, initial.VersionEtag, initial.Next());

        Assert.False(updated);
        Assert.Equal((int)SiloStatus.Active, await Db.ScalarAsync<int>(postgres.ConnectionString,
            "SELECT status FROM orleans_membership WHERE deployment_id = @id", ("id", _clusterId)));
    }

    [Fact]
    public async Task IAmAlive_moves_the_heartbeat_without_touching_the_table_version()
    {
        var table = await CreateTableAsync();
        var entry = Entry(11111, SiloStatus.Active);
        await table.InsertRowAsync(entry, (await table.ReadAllAsync()).Version.Next());

        entry.IAmAliveTime = Noon.AddMinutes(3);
        await table.UpdateIAmAliveAsync(entry);

        var read = Assert.Single((await table.ReadRowAsync(entry.SiloAddress)).Members).Item1;
        Assert.Equal(Noon.AddMinutes(3), read.IAmAliveTime);
        Assert.Equal(1, await StoredVersionAsync());
    }

    [Fact]
    public async Task The_gateway_list_holds_only_active_silos_that_have_a_gateway_port()
    {
        var table = await CreateTableAsync();
        await InsertAllAsync(table, Entry(11111, SiloStatus.Active), Entry(11112, SiloStatus.Joining), Entry(11113, SiloStatus.Active, proxyPort: 0));
        var provider = new AdoNetGatewayListProvider(
            NullLogger<AdoNetGatewayListProvider>.Instance,
            new ServiceCollection().BuildServiceProvider(),
            Options.Create(new AdoNetClusteringClientOptions { Invariant = "Npgsql", ConnectionString = postgres.ConnectionString }),
            Options.Create(new GatewayOptions()),
            Options.Create(new ClusterOptions { ClusterId = _clusterId, ServiceId = "membership-tests" }));
        await provider.InitializeGatewayListProviderAsync();

        var gateways = await provider.GetGatewaysAsync();

        var gateway = Assert.Single(gateways);
        Assert.Equal(new Uri("gwy.tcp://127.0.0.1:31111/42"), gateway);
    }

    [Fact]
    public async Task Cleanup_deletes_dead_silos_older_than_the_cutoff_and_keeps_the_others()
    {
        var table = await CreateTableAsync();
        await InsertDeadAndLiveSilosAsync(table);

        await table.CleanupDefunctSiloEntriesAsync(new DateTimeOffset(Noon.AddHours(1)));

        Assert.Equal([11112, 11113], await StoredPortsAsync());
    }

    [Fact]
    public async Task Cleanup_still_works_with_only_the_bulk_cleanup_query_installed()
    {
        // The provider falls back to CleanupDefunctSiloEntriesKey when the per-row key is absent.
        var connectionString = postgres.NewDatabaseConnectionString("membership_bulk");
        await DatabaseMigrator.MigrateAsync(connectionString);
        await Db.QueryAsync(connectionString, "DELETE FROM OrleansQuery WHERE QueryKey = 'CleanupDefunctSiloEntryKey' RETURNING 1", r => r.GetInt32(0));
        var table = await CreateTableAsync(connectionString);
        await InsertDeadAndLiveSilosAsync(table);

        await table.CleanupDefunctSiloEntriesAsync(new DateTimeOffset(Noon.AddHours(1)));

        Assert.Equal([11112, 11113], await StoredPortsAsync(connectionString));
    }

    [Fact]
    public async Task Deleting_the_cluster_removes_its_version_row_and_silo_rows()
    {
        var table = await CreateTableAsync();
        await InsertAllAsync(table, Entry(11111, SiloStatus.Active));

        await table.DeleteMembershipTableEntriesAsync(_clusterId);

        Assert.Equal(0L, await Db.ScalarAsync<long>(postgres.ConnectionString,
            "SELECT count(*) FROM orleans_membership_version WHERE deployment_id = @id", ("id", _clusterId)));
        Assert.Empty(await StoredPortsAsync());
    }

    private async Task InsertDeadAndLiveSilosAsync(AdoNetClusteringTable table)
    {
        var oldDead = Entry(11111, SiloStatus.Dead);
        var recentDead = Entry(11112, SiloStatus.Dead);
        recentDead.IAmAliveTime = Noon.AddHours(2);
        var oldActive = Entry(11113, SiloStatus.Active);
        await InsertAllAsync(table, oldDead, recentDead, oldActive);

        // A suspicion on the old dead row must not stop its cleanup: the per-row query matches it as stored.
        var current = await table.ReadRowAsync(oldDead.SiloAddress);
        oldDead.SuspectTimes = [Tuple.Create(recentDead.SiloAddress, Noon.AddMinutes(1))];
        Assert.True(await table.UpdateRowAsync(oldDead, current.Members[0].Item2, current.Version.Next()));
    }

    private static async Task InsertAllAsync(AdoNetClusteringTable table, params MembershipEntry[] entries)
    {
        foreach (var entry in entries)
        {
            Assert.True(await table.InsertRowAsync(entry, (await table.ReadAllAsync()).Version.Next()));
        }
    }

    private async Task<AdoNetClusteringTable> CreateTableAsync(string? connectionString = null)
    {
        var table = new AdoNetClusteringTable(
            new ServiceCollection().BuildServiceProvider(),
            Options.Create(new ClusterOptions { ClusterId = _clusterId, ServiceId = "membership-tests" }),
            Options.Create(new AdoNetClusteringSiloOptions { Invariant = "Npgsql", ConnectionString = connectionString ?? postgres.ConnectionString }),
            NullLogger<AdoNetClusteringTable>.Instance);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        return table;
    }

    private static MembershipEntry Entry(int port, SiloStatus status, int proxyPort = -1) => new()
    {
        SiloAddress = SiloAddress.New(IPAddress.Loopback, port, 42),
        SiloName = $"silo-{port}",
        HostName = "test-host",
        Status = status,
        ProxyPort = proxyPort < 0 ? port + 20000 : proxyPort,
        StartTime = Noon,
        IAmAliveTime = Noon,
    };

    private async Task<int> StoredVersionAsync() =>
        await Db.ScalarAsync<int>(postgres.ConnectionString,
            "SELECT version FROM orleans_membership_version WHERE deployment_id = @id", ("id", _clusterId));

    private Task<List<int>> StoredPortsAsync(string? connectionString = null) =>
        Db.QueryAsync(connectionString ?? postgres.ConnectionString,
            "SELECT port FROM orleans_membership WHERE deployment_id = @id ORDER BY port", r => r.GetInt32(0), ("id", _clusterId));
}
