using System.Text;
using System.Text.Json;
using AntiTrafficking.Persistence.Tests.Cluster;
using AntiTrafficking.Persistence.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace AntiTrafficking.Persistence.Tests;

[Collection(PostgresCollection.Name)]
public sealed class StorageTests(PostgresFixture postgres)
{
    private static readonly DateOnly Day = new(2025, 4, 30);

    [Fact]
    public async Task Grain_state_written_before_a_cluster_restart_is_read_back_after_it()
    {
        var serviceId = PostgresTestCluster.NewServiceId("storage-restart");
        await using (var first = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId))
        {
            var counter = first.Client.GetGrain<ICounterGrain>("alpha");
            await counter.IncrementAsync("first", Day);
            Assert.Equal(2, await counter.IncrementAsync("second", Day.AddDays(1)));
        }

        Assert.Equal(2, (await StoredRowAsync(serviceId)).Version);

        await using var second = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId);
        var state = await second.Client.GetGrain<ICounterGrain>("alpha").GetAsync();

        Assert.Equal(2, state.Count);
        Assert.Equal(Day.AddDays(1), state.LastDay);
        Assert.Equal(["first", "second"], state.Notes);
        Assert.Equal("2", state.ETag);
        Assert.True(state.RecordExists);
    }

    [Fact]
    public async Task The_stored_payload_is_camel_case_JSON_without_any_dotnet_type_names()
    {
        var serviceId = PostgresTestCluster.NewServiceId("storage-json");
        await using var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId);

        await cluster.Client.GetGrain<ICounterGrain>("json").IncrementAsync("Nạn nhân được giải cứu", Day);

        var row = await StoredRowAsync(serviceId);
        var json = Encoding.UTF8.GetString(row.Payload!);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(1, document.RootElement.GetProperty("count").GetInt32());
        Assert.Equal("2025-04-30", document.RootElement.GetProperty("lastDay").GetString());
        Assert.Equal("Nạn nhân được giải cứu", document.RootElement.GetProperty("notes")[0].GetString());
        Assert.DoesNotContain("$type", json);
        Assert.DoesNotContain("CounterState", json);
        Assert.DoesNotContain("AntiTrafficking", json);
        Assert.DoesNotContain("System.", json);
        Assert.Equal("state", row.GrainType);
    }

    [Fact]
    public async Task A_write_holding_a_stale_ETag_is_refused_and_the_stored_row_keeps_the_winning_write()
    {
        var serviceId = PostgresTestCluster.NewServiceId("storage-etag");
        await using var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId);
        var storage = cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(PostgresOrleansExtensions.GrainStorageName);
        var grainId = GrainId.Create("counter", "contested");
        var seed = new GrainState<CounterState>(new CounterState { Count = 1 });
        await storage.WriteStateAsync("state", grainId, seed);

        // Two writers read the same version; the first to write wins, the second holds a stale ETag.
        var winner = await ReadAsync(storage, grainId);
        var loser = await ReadAsync(storage, grainId);
        winner.State = new CounterState { Count = 10 };
        await storage.WriteStateAsync("state", grainId, winner);
        loser.State = new CounterState { Count = 99 };

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("state", grainId, loser));

        var row = await StoredRowAsync(serviceId);
        Assert.Equal(2, row.Version);
        Assert.Equal("2", winner.ETag);
        Assert.Equal(10, JsonDocument.Parse(row.Payload!).RootElement.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task A_first_write_loses_to_another_first_write_of_the_same_grain()
    {
        var serviceId = PostgresTestCluster.NewServiceId("storage-first");
        await using var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId);
        var storage = cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(PostgresOrleansExtensions.GrainStorageName);
        var grainId = GrainId.Create("counter", "twice-new");

        await storage.WriteStateAsync("state", grainId, new GrainState<CounterState>(new CounterState { Count = 1 }));

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.WriteStateAsync("state", grainId, new GrainState<CounterState>(new CounterState { Count = 2 })));
        Assert.Equal(1, (await StoredRowAsync(serviceId)).Version);
    }

    [Fact]
    public async Task Clearing_state_empties_the_stored_payload_and_the_grain_starts_over()
    {
        var serviceId = PostgresTestCluster.NewServiceId("storage-clear");
        await using var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId);
        var counter = cluster.Client.GetGrain<ICounterGrain>("to-clear");
        await counter.IncrementAsync("one", Day);

        await counter.ClearAsync();

        var row = await StoredRowAsync(serviceId);
        Assert.Null(row.Payload);
        Assert.Equal(2, row.Version);
        var state = await counter.GetAsync();
        Assert.Equal(0, state.Count);
        Assert.False(state.RecordExists);
        Assert.Equal(1, await counter.IncrementAsync("again", Day));
        Assert.Equal(3, (await StoredRowAsync(serviceId)).Version);
    }

    [Fact]
    public async Task With_delete_on_clear_clearing_removes_the_row_and_a_stale_clear_is_refused()
    {
        var serviceId = PostgresTestCluster.NewServiceId("storage-delete");
        await using var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId);
        var storage = cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(PostgresSiloConfigurator.DeletingStorageName);
        var grainId = GrainId.Create("counter", "deleted");
        var state = new GrainState<CounterState>(new CounterState { Count = 5 });
        await storage.WriteStateAsync("state", grainId, state);
        var stale = await ReadAsync(storage, grainId);
        await storage.WriteStateAsync("state", grainId, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("state", grainId, stale));
        await storage.ClearStateAsync("state", grainId, state);

        Assert.Equal(0L, await Db.ScalarAsync<long>(postgres.ConnectionString,
            "SELECT count(*) FROM orleans_storage WHERE service_id = @service", ("service", serviceId)));
        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
    }

    [Fact]
    public async Task Grain_classes_sharing_a_key_and_a_state_name_share_one_stored_row_so_state_names_must_differ()
    {
        // The ADO.NET provider keys a row by ServiceId, state name and grain key only: the grain class is not part of it.
        var serviceId = PostgresTestCluster.NewServiceId("storage-shared");
        await using var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId);

        await cluster.Client.GetGrain<ICounterGrain>("same-key").IncrementAsync("counted", Day);

        Assert.Equal(1, await cluster.Client.GetGrain<ITallyGrain>("same-key").GetCountAsync());
        Assert.Equal("state", (await StoredRowAsync(serviceId)).GrainType);
    }

    private static async Task<GrainState<CounterState>> ReadAsync(IGrainStorage storage, GrainId grainId)
    {
        var state = new GrainState<CounterState>(new CounterState());
        await storage.ReadStateAsync("state", grainId, state);
        return state;
    }

    private async Task<StoredRow> StoredRowAsync(string serviceId)
    {
        var rows = await Db.QueryAsync(postgres.ConnectionString,
            "SELECT payload_binary, version, grain_type_string FROM orleans_storage WHERE service_id = @service",
            r => new StoredRow(r.IsDBNull(0) ? null : r.GetFieldValue<byte[]>(0), r.GetInt32(1), r.GetString(2)),
            ("service", serviceId));
        return Assert.Single(rows);
    }

    private sealed record StoredRow(byte[]? Payload, int Version, string GrainType);
}
