using Microsoft.Extensions.Logging;

namespace AntiTrafficking.Grains.Reporting;

/// <summary>
/// Makes sure every province's close reminder exists once the silo is active. Registered as a lifecycle participant
/// (what Orleans' own AddStartupTask does) so that it needs only the service collection.
/// </summary>
internal sealed class ReportingStartup(IGrainFactory grains, ReportingSchedule schedule, ILogger<ReportingStartup> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(ReportingStartup), ServiceLifecycleStage.Active, StartAsync);

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var province in schedule.Provinces.Keys)
        {
            await grains.GetGrain<IReportingScheduler>(province).EnsureScheduledAsync();
        }

        logger.LogInformation("Reporting: close reminders ensured for {Count} province(s)", schedule.Provinces.Count);
    }
}
