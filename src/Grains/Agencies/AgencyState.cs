namespace AntiTrafficking.Grains.Agencies;

/// <summary>What an agency has done: accepted commands counted by kind, and the keys already counted.</summary>
[GenerateSerializer]
public sealed class AgencyState
{
    /// <summary>Accepted commands by kind (command type name).</summary>
    [Id(0)]
    public Dictionary<string, long> Activity { get; set; } = [];

    /// <summary>Idempotency keys already counted.</summary>
    [Id(1)]
    public HashSet<string> Counted { get; set; } = [];
}
