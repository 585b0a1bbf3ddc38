using System.Globalization;

namespace AntiTrafficking.Bench;

/// <summary>The web front end's grain calls per second while nothing changes, read from its own /metrics.</summary>
internal static class IdleGrainCalls
{
    private const string Metric = "antitrafficking_web_grain_calls_total";

    /// <summary>Reads the counter, waits <paramref name="span"/>, reads it again.</summary>
    public static async Task<double> MeasureAsync(int metricsPort, TimeSpan span)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{metricsPort}") };
        var before = await TotalAsync(http);
        await Task.Delay(span);
        return (await TotalAsync(http) - before) / span.TotalSeconds;
    }

    /// <summary>The counter summed over its interfaces (Prometheus text format: "name{labels} value").</summary>
    private static async Task<double> TotalAsync(HttpClient http) =>
        (await http.GetStringAsync("/metrics"))
            .Split('\n')
            .Where(line => line.StartsWith(Metric, StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
}
