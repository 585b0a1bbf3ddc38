using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiTrafficking.Bench;

/// <summary>What a browser on the province page gets: a SignalR connection to /hubs/scorecards watching "province".</summary>
internal sealed class LiveWatcher : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly List<(long Version, long At)> _announcements = [];
    private readonly SemaphoreSlim _arrived = new(0);

    private LiveWatcher(HubConnection connection)
    {
        _connection = connection;
        _connection.On<long>("changed", version =>
        {
            var at = Stopwatch.GetTimestamp();
            lock (_announcements)
            {
                _announcements.Add((version, at));
            }

            _arrived.Release();
        });
    }

    /// <summary>Connects and watches the province, as a page rendered at data version <paramref name="shownVersion"/> does.</summary>
    public static async Task<LiveWatcher> StartAsync(string baseAddress, long shownVersion)
    {
        var connection = new HubConnectionBuilder().WithUrl($"{baseAddress}/hubs/scorecards").Build();
        var watcher = new LiveWatcher(connection);
        await connection.StartAsync();
        await connection.InvokeAsync("Watch", "province", (long?)shownVersion);
        return watcher;
    }

    /// <summary>When the first announcement of <paramref name="version"/> or later arrived.</summary>
    public async Task<long> WaitForVersionAsync(long version, TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        while (true)
        {
            lock (_announcements)
            {
                foreach (var (v, at) in _announcements)
                {
                    if (v >= version)
                    {
                        return at;
                    }
                }
            }

            var left = until - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
            {
                lock (_announcements)
                {
                    throw new TimeoutException(
                        $"The hub did not announce version {version} within {deadline.TotalSeconds} s " +
                        $"({_announcements.Count} announcements, last {(_announcements.Count > 0 ? _announcements[^1].Version : -1)}).");
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _arrived.Dispose();
    }
}
