using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Records;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>A tip's lifecycle as recorded.</summary>
/// <param name="TipId">The receiving agency's identifier (the grain key without the province).</param>
/// <param name="UnitCode">Where it arose.</param>
/// <param name="ReceivedOn">Date received.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="SourceName">Who referred or notified it, or null.</param>
/// <param name="ReceivingAgency">Agency that received it, or null for a district or commune officer.</param>
/// <param name="Classification">Its classification, or null while unclassified.</param>
/// <param name="Conclusion">The verification's conclusion, or null while not concluded.</param>
/// <param name="CaseId">The case opened from it, or null.</param>
/// <param name="History">Every accepted step with its date and actor.</param>
/// <param name="Version">Number of accepted commands.</param>
/// <param name="Referrals">Referrals of the tip to other agencies, in the order made, with their answers.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.TipView")]
public sealed record TipView(
    string TipId,
    string UnitCode,
    DateOnly ReceivedOn,
    TipSource Source,
    string? SourceName,
    string? ReceivingAgency,
    TipClassification? Classification,
    VerificationConclusion? Conclusion,
    string? CaseId,
    ImmutableArray<LifecycleStep> History,
    long Version,
    ImmutableArray<Referral> Referrals);
