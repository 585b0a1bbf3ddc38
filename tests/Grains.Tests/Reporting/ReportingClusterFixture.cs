using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Grains.Reporting;
using AntiTrafficking.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace AntiTrafficking.Grains.Tests.Reporting;

/// <summary>
/// A silo whose calendar the tests move (a <see cref="FakeTimeProvider"/> behind <see cref="CalendarClock"/> only, so
/// Orleans' own timers and reminders keep real time) and whose close reminder ticks every second.
/// </summary>
public abstract class ReportingClusterFixture(DateTimeOffset start) : IAsyncLifetime
{
    public static readonly TimeSpan ReminderTick = TimeSpan.FromSeconds(1);

    public FakeTimeProvider Time { get; } = new(start);

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>Sets the calendar to 10:00 in Vietnam on <paramref name="date"/>.</summary>
    public void SetToday(DateOnly date) =>
        Time.SetUtcNow(new DateTimeOffset(date.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(StorageNames.Main, o => o.GrainStorageSerializer = new JsonGrainStorageSerializer());
            silo.UseInMemoryReminderService();
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = ReminderTick);
            silo.Services.Configure<ReportingOptions>(o => o.CloseCheckInterval = ReminderTick);
            silo.Services.AddSingleton(new CalendarClock(Time));
            silo.Services.AddAntiTraffickingGrains(DataFolder.Resolve(null)).AddPeriodCloseReminder();
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
