using AntiTrafficking.Grains.Aggregation;
using AntiTrafficking.Grains.Commands;

namespace AntiTrafficking.Grains.Units;

/// <summary>A district's own inputs (its communes' are theirs) and the leaves attributed to it directly.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Units.DistrictState")]
public sealed class DistrictState : LedgerState
{
    /// <summary>Reporters (báo cáo viên).</summary>
    [Id(0)]
    public PersonRoster Reporters { get; set; } = new();

    /// <summary>The latest snapshot of each key area, tip, case or person attributed to the district itself.</summary>
    [Id(1)]
    public Dictionary<string, UnitSnapshot> Leaves { get; set; } = [];
}
