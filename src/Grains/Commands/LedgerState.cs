namespace AntiTrafficking.Grains.Commands;

/// <summary>
/// The part of every command-handling grain's state that makes commands idempotent: the version, bumped by each
/// accepted command, and the idempotency keys already applied with the version they produced.
/// </summary>
[GenerateSerializer, Alias("AntiTrafficking.Commands.LedgerState")]
public abstract class LedgerState
{
    /// <summary>Number of accepted commands.</summary>
    [Id(0)]
    public long Version { get; set; }

    /// <summary>Applied idempotency keys and the version each produced.</summary>
    [Id(1)]
    public Dictionary<string, long> Applied { get; set; } = [];
}
