using AntiTrafficking.Persistence.Tests.Cluster;
using AntiTrafficking.Persistence.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafficking.Persistence.Tests;

[Collection(PostgresCollection.Name)]
public sealed class ReminderTests(PostgresFixture postgres)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_registered_reminder_is_stored_fires_and_is_found_again_after_a_cluster_restart()
    {
        var serviceId = PostgresTestCluster.NewServiceId("reminders-restart");
        await using (var first = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId))
        {
            var probe = first.Client.GetGrain<IReminderProbeGrain>("watcher");
            await probe.RegisterAsync("pulse", TimeSpan.FromMilliseconds(200), PostgresSiloConfigurator.ReminderPeriod);

            var row = Assert.Single(await StoredRemindersAsync(serviceId));
            Assert.Equal(("pulse", 1000L), (row.Name, row.PeriodMs));
            Assert.Contains("watcher", row.GrainId);
            await Eventually.WaitForAsync(probe.GetTickCountAsync, ticks => ticks >= 1, Deadline, "the reminder to fire");
        }

        await using var second = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId);
        var restarted = second.Client.GetGrain<IReminderProbeGrain>("watcher");

        Assert.Equal("pulse", await restarted.FindReminderAsync("pulse"));
        Assert.Equal(["pulse"], await restarted.ListRemindersAsync());
        await Eventually.WaitForAsync(restarted.GetTickCountAsync, ticks => ticks >= 1, Deadline, "the reloaded reminder to fire");
    }

    [Fact]
    public async Task Unregistering_a_reminder_deletes_its_row()
    {
        var serviceId = PostgresTestCluster.NewServiceId("reminders-delete");
        await using var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId);
        var probe = cluster.Client.GetGrain<IReminderProbeGrain>("leaver");
        await probe.RegisterAsync("keep", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5));
        await probe.RegisterAsync("drop", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5));

        await probe.UnregisterAsync("drop");

        Assert.Equal(["keep"], (await StoredRemindersAsync(serviceId)).Select(r => r.Name));
        Assert.Null(await probe.FindReminderAsync("drop"));
    }

    [Fact]
    public async Task Re_registering_a_reminder_updates_its_row_and_bumps_its_ETag()
    {
        var serviceId = PostgresTestCluster.NewServiceId("reminders-update");
        await using var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId);
        var probe = cluster.Client.GetGrain<IReminderProbeGrain>("changer");
        await probe.RegisterAsync("daily", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5));

        await probe.RegisterAsync("daily", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(7));

        var row = Assert.Single(await StoredRemindersAsync(serviceId));
        Assert.Equal((7 * 60_000L, 1), (row.PeriodMs, row.Version));
    }

    [Fact]
    public async Task Ring_range_reads_return_exactly_the_reminders_whose_grain_hash_lies_in_the_range()
    {
        var serviceId = PostgresTestCluster.NewServiceId("reminders-range");
        await using var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId);
        var table = cluster.GetSiloServiceProvider().GetRequiredService<IReminderTable>();
        var grainId = GrainId.Create("reminderprobe", "ranged");
        var hash = grainId.GetUniformHashCode();
        await table.UpsertRow(new ReminderEntry
        {
            GrainId = grainId, ReminderName = "r", StartAt = DateTime.UtcNow.AddHours(1), Period = TimeSpan.FromHours(1),
        });

        // (begin, end]: the first two do not wrap in signed order (ReadRangeRows1Key), the last two do (ReadRangeRows2Key).
        Assert.Single((await table.ReadRows(unchecked(hash - 1), hash)).Reminders);
        Assert.Empty((await table.ReadRows(hash, unchecked(hash + 1))).Reminders);
        Assert.Single((await table.ReadRows(unchecked(hash + 1), hash)).Reminders);
        Assert.Empty((await table.ReadRows(hash, unchecked(hash - 1))).Reminders);
        Assert.Single((await table.ReadRows(grainId)).Reminders);

        await table.TestOnlyClearTable();

        Assert.Empty(await StoredRemindersAsync(serviceId));
    }

    private async Task<List<StoredReminder>> StoredRemindersAsync(string serviceId) =>
        await Db.QueryAsync(postgres.ConnectionString,
            "SELECT reminder_name, grain_id, period, version FROM orleans_reminders WHERE service_id = @service ORDER BY reminder_name",
            r => new StoredReminder(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt32(3)),
            ("service", serviceId));

    private sealed record StoredReminder(string Name, string GrainId, long PeriodMs, int Version);
}
