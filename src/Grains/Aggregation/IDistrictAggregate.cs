using Orleans.Concurrency;

namespace AntiTrafficking.Grains.Aggregation;

/// <summary>The silo-internal side of a district: communes push to it, the province reads from it.</summary>
[Alias("AntiTrafficking.IDistrictAggregate")]
public interface IDistrictAggregate : IGrainWithStringKey
{
    /// <summary>A commune's latest snapshot; older or repeated ones are ignored.</summary>
    [Alias("ReportCommune")]
    Task ReportCommuneAsync(UnitSnapshot snapshot);

    /// <summary>The district's snapshot (its own measures plus its communes'); interleaves like the commune's.</summary>
    [AlwaysInterleave, Alias("GetSnapshot")]
    Task<UnitSnapshot> GetSnapshotAsync();
}
