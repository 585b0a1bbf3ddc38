using AntiTrafficking.GrainInterfaces.Enforcement;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>A case's lifecycle.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Enforcement.CaseState")]
public sealed class CaseState : LeafState
{
    /// <summary>Where it stands now.</summary>
    [Id(0)]
    public CaseStatus Status { get; set; }

    /// <summary>Date opened.</summary>
    [Id(1)]
    public DateOnly OpenedOn { get; set; }

    /// <summary>The tip it came from.</summary>
    [Id(2)]
    public string? TipId { get; set; }

    /// <summary>Suspects charged when opened.</summary>
    [Id(3)]
    public int Suspects { get; set; }

    /// <summary>The purpose of the trafficking.</summary>
    [Id(4)]
    public TraffickingForm Form { get; set; }

    /// <summary>True when victims were trafficked abroad.</summary>
    [Id(5)]
    public bool Abroad { get; set; }

    /// <summary>Investigation results.</summary>
    [Id(6)]
    public List<CaseInvestigation> Investigations { get; set; } = [];

    /// <summary>Date the Procuracy sent it to court.</summary>
    [Id(7)]
    public DateOnly? SentToCourtOn { get; set; }

    /// <summary>Suspects prosecuted.</summary>
    [Id(8)]
    public int SuspectsProsecuted { get; set; }

    /// <summary>Dates from which it was due for trial again: a judgment set aside on appeal or overturned with a retrial.</summary>
    [Id(9)]
    public List<DateOnly> DueAgainOn { get; set; } = [];

    /// <summary>First-instance trials, retrials included.</summary>
    [Id(10)]
    public List<CaseTrial> Trials { get; set; } = [];

    /// <summary>Judgments that came into force.</summary>
    [Id(11)]
    public List<CaseJudgment> Judgments { get; set; } = [];
}
