using System.Diagnostics;
using System.Net;

namespace AntiTrafficking.Bench;

/// <summary>A closed-loop HTTP load: <c>connections</c> callers each requesting the page again as soon as it arrived.</summary>
internal static class HttpLoad
{
    public static async Task<(double PerSecond, double P50, double P99, int Count, int Failed)> RunAsync(
        string url, int connections, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        // Warm-up: the page's first rendering compiles views and activates grains.
        for (var i = 0; i < 3; i++)
        {
            (await http.GetAsync(url)).EnsureSuccessStatusCode();
        }

        var latencies = new Latencies();
        var failed = 0;
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(async _ =>
        {
            var mine = latencies.ForWorker();
            while (stopwatch.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                mine.Add(Latencies.Since(start));
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        });
        await Task.WhenAll(workers);
        return (latencies.Count / stopwatch.Elapsed.TotalSeconds, latencies.Percentile(50), latencies.Percentile(99), latencies.Count, failed);
    }
}
