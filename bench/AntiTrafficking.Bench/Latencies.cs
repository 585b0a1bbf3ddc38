using System.Collections.Concurrent;
using System.Diagnostics;

namespace AntiTrafficking.Bench;

/// <summary>Latencies recorded by many workers; percentiles over all of them.</summary>
internal sealed class Latencies
{
    private readonly ConcurrentBag<List<double>> _perWorker = [];

    /// <summary>A list owned by one worker (no locking on the hot path).</summary>
    public List<double> ForWorker()
    {
        var list = new List<double>(4096);
        _perWorker.Add(list);
        return list;
    }

    /// <summary>Milliseconds elapsed since a <see cref="Stopwatch.GetTimestamp"/> value.</summary>
    public static double Since(long start) => Stopwatch.GetElapsedTime(start).TotalMilliseconds;

    public int Count => _perWorker.Sum(l => l.Count);

    public double Percentile(double p) => Percentile(_perWorker.SelectMany(l => l), p);

    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
