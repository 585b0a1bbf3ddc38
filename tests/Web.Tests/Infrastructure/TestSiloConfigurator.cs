using AntiTrafficking.Grains;
using AntiTrafficking.Grains.Accounts;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace AntiTrafficking.Web.Tests.Infrastructure;

/// <summary>The test silo: memory storage with the JSON state serializer the silo's in-memory mode uses, in-memory reminders, the repository's reference data and a calendar fixed at 28 Nov 2026.</summary>
public sealed class TestSiloConfigurator : ISiloConfigurator
{
    /// <summary>"Today" for the grains: 28 Nov 2026, 10:00 in Vietnam.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);

    /// <summary>The clock of lockouts and key expiry; tests move it forward (never back: every fixture of this silo shares it).</summary>
    public static FakeTimeProvider AccountTime { get; } = new(Now);

    /// <inheritdoc />
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddMemoryGrainStorage(StorageNames.Main, o => o.GrainStorageSerializer = new JsonGrainStorageSerializer());
        siloBuilder.UseInMemoryReminderService();
        siloBuilder.Services.AddSingleton(new CalendarClock(new FakeTimeProvider(Now)));
        siloBuilder.Services.AddSingleton(new AccountClock(AccountTime));
        siloBuilder.Services.AddAntiTraffickingGrains(DataFolder.Resolve(null));
    }
}
