using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace AntiTrafficking.Grains.Units;

/// <summary>
/// Sends a unit's latest snapshot to its parent, coalescing bursts: the first change schedules a send after
/// <see cref="Delay"/>, later changes before it ride along. A failed send is retried on the same timer, so the
/// parent catches up once it is reachable again; the parent keeps only the newest version, so repeats are harmless.
/// </summary>
internal sealed class UpwardPush(Grain grain, Func<Task> send, ILogger logger)
{
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(40);

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    private IGrainTimer? _timer;

    // When the oldest change not yet applied by the parent arrived, for the aggregation-lag metric.
    private long _pendingSince;

    public void Schedule()
    {
        if (_timer is null)
        {
            _pendingSince = Stopwatch.GetTimestamp();
            _timer = grain.RegisterGrainTimer(SendAsync, Delay, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task SendAsync(CancellationToken cancellationToken)
    {
        try
        {
            var pendingSince = _pendingSince;
            await send();
            AntiTraffickingMetrics.RecordAggregationLag(grain.GetType().Name, Stopwatch.GetElapsedTime(pendingSince));
            _timer?.Dispose();
            _timer = null;
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "{Grain} {Key} could not push its snapshot upward; retrying", grain.GetType().Name, grain.GetPrimaryKeyString());
            _timer?.Change(RetryDelay, Timeout.InfiniteTimeSpan);
        }
    }
}
