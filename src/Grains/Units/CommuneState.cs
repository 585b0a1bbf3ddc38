using AntiTrafficking.Grains.Aggregation;
using AntiTrafficking.Grains.Commands;

namespace AntiTrafficking.Grains.Units;

/// <summary>A commune's own inputs and the contributions of the tips, cases and persons attributed to it.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Units.CommuneState")]
public sealed class CommuneState : LedgerState
{
    /// <summary>Propagandists (tuyên truyền viên).</summary>
    [Id(0)]
    public PersonRoster Propagandists { get; set; } = new();

    /// <summary>Counts of specialised officials, one per as-of date.</summary>
    [Id(1)]
    public List<OfficialsCount> Officials { get; set; } = [];

    /// <summary>Deliveries of propaganda material.</summary>
    [Id(2)]
    public List<Delivery> Deliveries { get; set; } = [];

    /// <summary>Awareness surveys.</summary>
    [Id(3)]
    public List<Survey> Surveys { get; set; } = [];

    /// <summary>The latest snapshot of each tip, case and person attributed to the commune, by leaf key.</summary>
    [Id(4)]
    public Dictionary<string, UnitSnapshot> Leaves { get; set; } = [];
}
