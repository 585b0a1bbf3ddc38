using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.WebFrontend.Api;
using Microsoft.AspNetCore.SignalR;

namespace AntiTrafficking.WebFrontend.Live;

/// <summary>
/// Polls the data version of every watched scorecard (Live:PollMilliseconds, default 200) and tells its group when it
/// moved.
/// </summary>
public sealed partial class ScorecardWatcher(
    IGrainFactory grains, PeriodDefaults defaults, WatchedGroups watched, IHubContext<ScorecardHub> hub,
    IConfiguration config, ILogger<ScorecardWatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, long> _versions = [];

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(config.GetValue("Live:PollMilliseconds", 200)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PollAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPollFailed(logger, ex);
            }
        }
    }

    private async Task PollAsync(CancellationToken cancellation)
    {
        var groups = watched.Current();
        foreach (var gone in _versions.Keys.Where(g => !groups.Contains(g)).ToList())
        {
            _versions.Remove(gone);
        }

        foreach (var group in groups)
        {
            var version = await VersionAsync(group);
            var previous = watched.TakePageVersion(group) is { } shown && (!_versions.TryGetValue(group, out var known) || shown < known)
                ? shown
                : _versions.GetValueOrDefault(group, version);
            if (previous != version)
            {
                await hub.Clients.Group(group).SendAsync(ScorecardHub.Changed, version, cancellation);
            }

            _versions[group] = version;
        }
    }

    private async Task<long> VersionAsync(string group)
    {
        var period = (await defaults.ResolveAsync(null))!;
        var scorecard = group == "province"
            ? await grains.GetGrain<IProvinceGrain>(defaults.Province).GetScorecardAsync(period)
            : await grains.GetGrain<IDistrictGrain>(group["district:".Length..]).GetScorecardAsync(period);
        return scorecard.Version;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling the watched scorecards failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
