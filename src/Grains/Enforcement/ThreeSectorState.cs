using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.Grains.Commands;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>Each sector's latest submission for the period.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Enforcement.ThreeSectorState")]
public sealed class ThreeSectorState : LedgerState
{
    /// <summary>Figures by agency code (CA, VKS, TA).</summary>
    [Id(0)]
    public Dictionary<string, SectorCounts> Submissions { get; set; } = [];
}
