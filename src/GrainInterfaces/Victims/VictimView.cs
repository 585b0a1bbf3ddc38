using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Records;

namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>A received person's record without any personal data (no name, identity number, address, contact or birth year).</summary>
/// <param name="PersonId">The receiving agency's opaque identifier (the grain key without the province).</param>
/// <param name="Status">Where the record stands.</param>
/// <param name="HomeUnitCode">The unit the person counts in: home commune, else district, else province.</param>
/// <param name="ReceivedOn">Date received.</param>
/// <param name="Place">Where received.</param>
/// <param name="HowReturned">How the person came back.</param>
/// <param name="CountryCode">Country returned from (ISO 3166-1 alpha-2).</param>
/// <param name="Sex">Sex.</param>
/// <param name="AgeGroup">Age group at reception.</param>
/// <param name="ReceivingAgency">Agency that received the person.</param>
/// <param name="Confidential">True when the person asked that only the officers assigned see their identity.</param>
/// <param name="VerificationStartedOn">Date verification started, or null.</param>
/// <param name="ConcludedOn">Date verification concluded (identification date for a victim), or null.</param>
/// <param name="Outcome">Conclusion, or null while not concluded.</param>
/// <param name="CertificateIssuer">Issuer of the victim certificate, or null.</param>
/// <param name="Support">Support services delivered.</param>
/// <param name="LegalAidDeclinedOn">Date legal aid was declined, or null.</param>
/// <param name="Protection">Protection measures applied.</param>
/// <param name="Officers">Case workers assigned.</param>
/// <param name="ClosedOn">Date closed, or null.</param>
/// <param name="Reintegrated">True when closed after reintegration.</param>
/// <param name="History">Every accepted step and every read of the personal data, in the order recorded.</param>
/// <param name="Version">Number of accepted commands.</param>
/// <param name="Consents">
/// The current consent of each kind given (withdrawn ones with their date withdrawn); a kind never given is absent.
/// For a person received before consent was recorded, consent to support is presumed (<see cref="ConsentRecord.Presumed"/>).
/// </param>
/// <param name="Referrals">Referrals of the person to other agencies, in the order made, with their answers.</param>
/// <param name="Access">The agencies that have the record: the receiving agency, those that accepted a referral and those of the officers assigned.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.VictimView")]
public sealed record VictimView(
    string PersonId,
    PersonStatus Status,
    string HomeUnitCode,
    DateOnly ReceivedOn,
    ReceptionPlace Place,
    ReturnMode HowReturned,
    string CountryCode,
    Sex Sex,
    AgeGroup AgeGroup,
    string? ReceivingAgency,
    bool Confidential,
    DateOnly? VerificationStartedOn,
    DateOnly? ConcludedOn,
    IdentificationOutcome? Outcome,
    string? CertificateIssuer,
    ImmutableArray<SupportRecord> Support,
    DateOnly? LegalAidDeclinedOn,
    ImmutableArray<ProtectionRecord> Protection,
    ImmutableArray<OfficerAssignment> Officers,
    DateOnly? ClosedOn,
    bool Reintegrated,
    ImmutableArray<PersonStep> History,
    long Version,
    ImmutableArray<ConsentRecord> Consents,
    ImmutableArray<Referral> Referrals,
    ImmutableArray<string> Access);

/// <summary>The answer to <c>IVictimGrain.ViewAsync</c>: the record, or why the reader may not see it.</summary>
/// <param name="View">The record without personal data; null when refused or not received.</param>
/// <param name="Error">The refusal; null when shown (or when there is no such person).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.VictimViewResult")]
public sealed record VictimViewResult(VictimView? View, CommandError? Error = null);
