namespace AntiTrafficking.Grains.Commands;

/// <summary>
/// The part of every command-handling grain's state that makes commands idempotent: the version, bumped by each
/// accepted command, and the idempotency keys already applied with the version they produced and the fingerprint of
/// the command that used them. Keys are scoped by caller: an entry is "{userId} {idempotencyKey}" (neither may hold a
/// space); an entry stored before keys were scoped is the bare key, with no fingerprint, and still answers a retry.
/// </summary>
[GenerateSerializer, Alias("AntiTrafficking.Commands.LedgerState")]
public abstract class LedgerState
{
    /// <summary>Number of accepted commands.</summary>
    [Id(0)]
    public long Version { get; set; }

    /// <summary>Applied idempotency keys (scoped by caller) and the version each produced.</summary>
    [Id(1)]
    public Dictionary<string, long> Applied { get; set; } = [];

    /// <summary>
    /// The fingerprint of the command applied under each key of <see cref="Applied"/> (a hash of its type, caller and
    /// body without the key); a key stored by an older version has none and matches any command.
    /// </summary>
    [Id(2)]
    public Dictionary<string, string> Fingerprints { get; set; } = [];
}
