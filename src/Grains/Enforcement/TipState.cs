using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Records;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>A tip's lifecycle.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Enforcement.TipState")]
public sealed class TipState : LeafState
{
    /// <summary>Date received.</summary>
    [Id(0)]
    public DateOnly ReceivedOn { get; set; }

    /// <summary>Where it came from.</summary>
    [Id(1)]
    public TipSource Source { get; set; }

    /// <summary>Who referred or notified it.</summary>
    [Id(2)]
    public string? SourceName { get; set; }

    /// <summary>Agency that received it.</summary>
    [Id(3)]
    public string? ReceivingAgency { get; set; }

    /// <summary>Classification, once classified.</summary>
    [Id(4)]
    public TipClassification? Classification { get; set; }

    /// <summary>Date classified.</summary>
    [Id(5)]
    public DateOnly? ClassifiedOn { get; set; }

    /// <summary>The verification's conclusion, once concluded.</summary>
    [Id(6)]
    public VerificationConclusion? Conclusion { get; set; }

    /// <summary>The case opened from it.</summary>
    [Id(7)]
    public string? CaseId { get; set; }

    /// <summary>Referrals to other agencies, in the order made.</summary>
    [Id(8)]
    public List<Referral> Referrals { get; set; } = [];
}
