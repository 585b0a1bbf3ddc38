namespace AntiTrafficking.Persistence.Tests.Grains;

/// <summary>Stored as JSON by the "main" storage; has a DateOnly and a list to show both survive the round trip.</summary>
public sealed class CounterState
{
    public int Count { get; set; }

    public DateOnly? LastDay { get; set; }

    public List<string> Notes { get; set; } = [];
}
