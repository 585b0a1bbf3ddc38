using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AntiTrafficking.Grains;

/// <summary>
/// The system's own measurements, exported by the hosts (OpenTelemetry, Prometheus <c>/metrics</c>): commands by
/// kind and outcome, command latency, and how long a change takes to reach the province (aggregation lag).
/// </summary>
public static class AntiTraffickingMetrics
{
    /// <summary>The meter's name, to subscribe to.</summary>
    public const string MeterName = "AntiTrafficking";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Commands = Meter.CreateCounter<long>(
        "antitrafficking.commands", "{command}", "Commands handled, by kind (command type) and outcome (accepted, duplicate, rejected, failed).");

    private static readonly Histogram<double> CommandDuration = Meter.CreateHistogram<double>(
        "antitrafficking.command.duration", "s", "Time a grain took to handle a command, until its acknowledgement.");

    private static readonly Counter<long> SignIns = Meter.CreateCounter<long>(
        "antitrafficking.sign_ins", "{attempt}",
        "Local sign-in attempts, by outcome (signedIn, refused, throttled) and the hash checked (account; dummy for a user name with no account; none when throttled).");

    private static readonly Histogram<double> AggregationLag = Meter.CreateHistogram<double>(
        "antitrafficking.aggregation.lag", "s",
        "Time from the first change a unit received from its children until its parent (the province for a district) applied the push carrying it.");

    /// <summary>Counts one handled command and its duration.</summary>
    public static void RecordCommand(string kind, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "kind", kind }, { "outcome", outcome } };
        Commands.Add(1, tags);
        CommandDuration.Record(elapsed.TotalSeconds, tags);
    }

    /// <summary>Counts one local sign-in attempt.</summary>
    public static void RecordSignIn(string outcome, string check) =>
        SignIns.Add(1, new TagList { { "outcome", outcome }, { "check", check } });

    /// <summary>Records that a unit's parent applied a push carrying changes pending for <paramref name="lag"/>.</summary>
    public static void RecordAggregationLag(string level, TimeSpan lag) =>
        AggregationLag.Record(lag.TotalSeconds, new KeyValuePair<string, object?>("level", level));
}
