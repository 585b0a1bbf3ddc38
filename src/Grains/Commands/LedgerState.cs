namespace AntiTrafficking.Grains.Commands;

/// <summary>
/// The part of every command-handling grain's state that makes commands idempotent and places it in its journal: the
/// version, bumped by each accepted command; the position of the last journal row the state holds; and the
/// idempotency keys of the latest <see cref="RecentKeys"/> commands with the version they produced and the fingerprint
/// of the command that used them (every older key is in the journal). Keys are scoped by caller: an entry is
/// "{userId} {idempotencyKey}" (neither may hold a space); an entry stored before keys were scoped is the bare key,
/// with no fingerprint, and still answers a retry.
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

    /// <summary>The position of the last journal row this state holds (0 for a state written before the journal).</summary>
    [Id(3)]
    public long Position { get; set; }

    /// <summary>How many keys memory keeps: a retry comes within minutes or days, and the journal answers the rest.</summary>
    public const int RecentKeys = 256;

    /// <summary>Keeps <paramref name="key"/> among the recent ones, forgetting the oldest beyond <see cref="RecentKeys"/>.</summary>
    internal void Remember(string key, long version, string? fingerprint)
    {
        Applied[key] = version;
        if (fingerprint is not null)
        {
            Fingerprints[key] = fingerprint;
        }

        // Trimmed in steps, so that a full ledger does not sort on every command.
        if (Applied.Count > RecentKeys + RecentKeys / 4)
        {
            foreach (var (old, _) in Applied.OrderByDescending(a => a.Value).Skip(RecentKeys).ToList())
            {
                Applied.Remove(old);
                Fingerprints.Remove(old);
            }
        }
    }
}
