namespace AntiTrafficking.Grains.Agencies;

/// <summary>What an agency has done: accepted commands counted by kind, and the most recent keys already counted.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Agencies.AgencyState")]
public sealed class AgencyState
{
    /// <summary>Keys kept: days of an agency's work at a province's pace, seconds at a national benchmark's.</summary>
    public const int KeysRemembered = 1024;

    /// <summary>Accepted commands by kind (command type name).</summary>
    [Id(0)]
    public Dictionary<string, long> Activity { get; set; } = [];

    /// <summary>Idempotency keys already counted, oldest first, at most <see cref="KeysRemembered"/>.</summary>
    [Id(1)]
    public List<string> Counted { get; set; } = [];
}
