using System.Diagnostics.Metrics;

namespace AntiTrafficking.WebFrontend.Hosting;

/// <summary>
/// Counts every grain call the web front end makes (<c>antitrafficking_web_grain_calls_total</c> on <c>/metrics</c>,
/// by interface): the honest measure of what a page, the API or the live path costs the cluster; while nothing
/// changes and only live pages are open it should not move.
/// </summary>
public sealed class GrainCallCounter : IOutgoingGrainCallFilter
{
    /// <summary>The meter's name, registered with the metrics pipeline.</summary>
    public const string MeterName = "AntiTrafficking.WebFrontend";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Calls = Meter.CreateCounter<long>("antitrafficking.web.grain_calls", description: "Grain calls made by the web front end");

    private static long _total;

    /// <summary>The calls made so far by this process (for tests and the bench, beside the metric).</summary>
    public static long Total => Interlocked.Read(ref _total);

    /// <inheritdoc />
    public Task Invoke(IOutgoingGrainCallContext context)
    {
        Interlocked.Increment(ref _total);
        Calls.Add(1, new KeyValuePair<string, object?>("interface", context.InterfaceName));
        return context.Invoke();
    }
}
