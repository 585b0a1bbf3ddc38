namespace AntiTrafficking.Grains.Agencies;

/// <summary>
/// An agency's activity as the versions before the journal stored it (accepted commands counted by kind, and the keys
/// counted); read once, carried over into the journal, then cleared. Nothing writes it any more.
/// </summary>
[GenerateSerializer, Alias("AntiTrafficking.Agencies.AgencyState")]
public sealed class AgencyState
{
    /// <summary>Accepted commands by kind (command type name).</summary>
    [Id(0)]
    public Dictionary<string, long> Activity { get; set; } = [];

    /// <summary>Idempotency keys counted (now held by the journal).</summary>
    [Id(1)]
    public List<string> Counted { get; set; } = [];
}
