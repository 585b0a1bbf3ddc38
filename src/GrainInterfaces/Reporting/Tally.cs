namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>Completeness (received / expected) and timeliness (on time / expected) of a set of reports.</summary>
/// <param name="Expected">Reports owed.</param>
/// <param name="Received">Reports received (on time or late).</param>
/// <param name="OnTime">Reports received on or before their deadline.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Reporting.Tally")]
public sealed record Tally(int Expected, int Received, int OnTime)
{
    /// <summary>Received / expected in percent with one decimal; null when nothing is expected.</summary>
    public decimal? Completeness => Percent(Received);

    /// <summary>On time / expected in percent with one decimal; null when nothing is expected.</summary>
    public decimal? Timeliness => Percent(OnTime);

    /// <summary>The sum of two tallies.</summary>
    public Tally Add(Tally other) => new(Expected + other.Expected, Received + other.Received, OnTime + other.OnTime);

    private decimal? Percent(int count) => Expected == 0 ? null : Math.Round(count * 100m / Expected, 1, MidpointRounding.AwayFromZero);
}
