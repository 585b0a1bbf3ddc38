using Microsoft.Extensions.Logging;

namespace AntiTrafficking.Grains.Reporting;

/// <summary>
/// Makes sure every province's close reminder exists once the silo is active. Registered as a lifecycle participant
/// (what Orleans' own AddStartupTask does) so that it needs only the service collection. It runs beside the silo's
/// start instead of holding it (the gateway and the first activations need the CPU more during a cold start), and
/// tries again, waiting longer each time up to <see cref="MaxDelay"/>, while the reminder table cannot be written.
/// </summary>
internal sealed class ReportingStartup(IGrainFactory grains, ReportingSchedule schedule, ILogger<ReportingStartup> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>The longest wait between two attempts.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stopping = new();
    private Task _ensuring = Task.CompletedTask;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(ReportingStartup), ServiceLifecycleStage.Active, Start, StopAsync);

    private Task Start(CancellationToken cancellationToken)
    {
        _ensuring = Task.Run(() => EnsureAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _ensuring.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task EnsureAsync(CancellationToken stopping)
    {
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; !stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                foreach (var province in schedule.Provinces.Keys)
                {
                    await grains.GetGrain<IReportingScheduler>(province).EnsureScheduledAsync();
                }

                logger.LogInformation("Reporting: close reminders ensured for {Count} province(s)", schedule.Provinces.Count);
                return;
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Reporting: close reminders not ensured (attempt {Attempt}); trying again in {Delay}", attempt, delay);
                await Task.Delay(delay, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
            }
        }
    }
}
