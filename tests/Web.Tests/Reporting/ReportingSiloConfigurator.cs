using AntiTrafficking.Grains;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Grains.Reporting;
using AntiTrafficking.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace AntiTrafficking.Web.Tests.Reporting;

/// <summary>
/// The reporting test silo: like the other web tests' silo, but the calendar is one the tests move (starting on
/// 20 March 2013) and the close reminder ticks every second.
/// </summary>
public sealed class ReportingSiloConfigurator : ISiloConfigurator
{
    /// <summary>The silo's calendar; the silo runs in the test process, so the tests move it here.</summary>
    public static FakeTimeProvider Time { get; } = new(new DateTimeOffset(2013, 3, 20, 3, 0, 0, TimeSpan.Zero));

    /// <inheritdoc />
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddMemoryGrainStorage(StorageNames.Main, o => o.GrainStorageSerializer = new JsonGrainStorageSerializer());
        siloBuilder.UseInMemoryReminderService();
        siloBuilder.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
        siloBuilder.Services.Configure<ReportingOptions>(o => o.CloseCheckInterval = TimeSpan.FromSeconds(1));
        siloBuilder.Services.AddSingleton(new CalendarClock(Time));
        siloBuilder.Services.AddAntiTraffickingGrains(DataFolder.Resolve(null)).AddPeriodCloseReminder();
    }
}
