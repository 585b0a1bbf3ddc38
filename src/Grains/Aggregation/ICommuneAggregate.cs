using Orleans.Concurrency;

namespace AntiTrafficking.Grains.Aggregation;

/// <summary>The silo-internal side of a commune: its published snapshot, read by its district when rebuilding.</summary>
[Alias("AntiTrafficking.ICommuneAggregate")]
public interface ICommuneAggregate : IGrainWithStringKey
{
    /// <summary>
    /// The last snapshot published after a successful write. Interleaves so that a district rebuilding itself
    /// can read it while the commune is itself waiting on the district (no deadlock).
    /// </summary>
    [AlwaysInterleave, Alias("GetSnapshot")]
    Task<UnitSnapshot> GetSnapshotAsync();
}
