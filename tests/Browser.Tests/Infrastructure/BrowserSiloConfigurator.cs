using AntiTrafficking.Grains;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace AntiTrafficking.Browser.Tests.Infrastructure;

/// <summary>The silo behind the browser tests: memory storage, in-memory reminders, the repository's data and a calendar fixed at 28 Nov 2026.</summary>
public sealed class BrowserSiloConfigurator : ISiloConfigurator
{
    /// <summary>"Today" for the grains: 28 Nov 2026, 10:00 in Vietnam.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);

    /// <inheritdoc />
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddMemoryGrainStorage(StorageNames.Main, o => o.GrainStorageSerializer = new JsonGrainStorageSerializer());
        siloBuilder.UseInMemoryReminderService();
        siloBuilder.Services.AddSingleton(new CalendarClock(new FakeTimeProvider(Now)));
        siloBuilder.Services.AddAntiTraffickingGrains(DataFolder.Resolve(null));
    }
}
