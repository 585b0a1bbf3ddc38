using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiTrafficking.Bench;

/// <summary>
/// What a browser on the province page gets: a SignalR connection to /hubs/scorecards watching the province for one
/// period, to which the front end pushes the changed figures themselves.
/// </summary>
internal sealed class LiveWatcher : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly List<(long Respondents, long At)> _pushes = [];
    private readonly SemaphoreSlim _arrived = new(0);

    private LiveWatcher(HubConnection connection)
    {
        _connection = connection;
        _connection.On<JsonElement>("figures", figures =>
        {
            var at = Stopwatch.GetTimestamp();
            var province = figures.GetProperty("units").EnumerateArray().First(u => u.GetProperty("unit").GetString() == "22");
            var respondents = province.GetProperty("indicators").EnumerateArray().First(i => i.GetProperty("code").GetString() == "IND-03").GetProperty("denominator").GetString()!;
            lock (_pushes)
            {
                // As the page shows it: "1.234" (Vietnamese thousands separator).
                _pushes.Add((long.Parse(respondents.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture), at));
            }

            _arrived.Release();
        });
    }

    /// <summary>The pushes received so far.</summary>
    public int Count
    {
        get
        {
            lock (_pushes)
            {
                return _pushes.Count;
            }
        }
    }

    /// <summary>Connects and watches the province for <paramref name="period"/>, as its page does.</summary>
    public static async Task<LiveWatcher> StartAsync(string baseAddress, string period)
    {
        var connection = new HubConnectionBuilder().WithUrl($"{baseAddress}/hubs/scorecards").Build();
        var watcher = new LiveWatcher(connection);
        await connection.StartAsync();
        await connection.InvokeAsync("Watch", new[] { "province" }, new[] { period }, "vi");
        return watcher;
    }

    /// <summary>When the first push showing at least <paramref name="respondents"/> respondents (IND-03's denominator) arrived.</summary>
    public async Task<long> WaitForRespondentsAsync(long respondents, TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        while (true)
        {
            lock (_pushes)
            {
                foreach (var (shown, at) in _pushes)
                {
                    if (shown >= respondents)
                    {
                        return at;
                    }
                }
            }

            var left = until - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
            {
                lock (_pushes)
                {
                    throw new TimeoutException(
                        $"The hub pushed no figures with {respondents} respondents within {deadline.TotalSeconds} s " +
                        $"({_pushes.Count} pushes, last {(_pushes.Count > 0 ? _pushes[^1].Respondents : -1)}).");
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
