using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>
/// A person received back from trafficking (key: "{provinceCode}:{personId}", e.g. "22:5f0c…"; the id is an opaque
/// identifier chosen by the receiving agency, never a name or identity number): received → verification started →
/// identified as a victim or not → supported, protected → closed. The person counts, by count only, in the home
/// commune (else district, else province): IND-12 by receipt date, IND-13 and IND-14 by identification date.
/// Personal data is encrypted at rest and released only through <see cref="ReadPersonalDataAsync"/>.
/// </summary>
[Alias("AntiTrafficking.Victims.IVictimGrain")]
public interface IVictimGrain : IGrainWithStringKey
{
    /// <summary>Receives the person (CA, BDBP or LDTBXH).</summary>
    [Alias("Receive")]
    Task<CommandResult> ReceiveAsync(ReceivePerson command);

    /// <summary>Starts the verification (CA or BDBP).</summary>
    [Alias("StartVerification")]
    Task<CommandResult> StartVerificationAsync(StartVerification command);

    /// <summary>Concludes the verification, once (CA or BDBP).</summary>
    [Alias("ConcludeIdentification")]
    Task<CommandResult> ConcludeIdentificationAsync(ConcludeIdentification command);

    /// <summary>Records that the person consents to support or to data sharing (LDTBXH, YT, HLHPN, TP, CA or BDBP).</summary>
    [Alias("GiveConsent")]
    Task<CommandResult> GiveConsentAsync(GiveConsent command);

    /// <summary>Records that the person withdrew a consent; what was recorded before stays (LDTBXH, YT, HLHPN, TP, CA or BDBP).</summary>
    [Alias("WithdrawConsent")]
    Task<CommandResult> WithdrawConsentAsync(WithdrawConsent command);

    /// <summary>Records a support service delivered, while the person's consent to support is in force (LDTBXH, YT, HLHPN, TP, CA or BDBP).</summary>
    [Alias("RecordSupport")]
    Task<CommandResult> RecordSupportAsync(RecordSupport command);

    /// <summary>Records that free legal aid was declined (LDTBXH, YT, HLHPN, TP, CA or BDBP).</summary>
    [Alias("DeclineLegalAid")]
    Task<CommandResult> DeclineLegalAidAsync(DeclineLegalAid command);

    /// <summary>Records a protection measure applied (CA, BDBP or LDTBXH).</summary>
    [Alias("ApplyProtection")]
    Task<CommandResult> ApplyProtectionAsync(ApplyProtection command);

    /// <summary>Assigns a case worker (LDTBXH).</summary>
    [Alias("AssignOfficer")]
    Task<CommandResult> AssignOfficerAsync(AssignOfficer command);

    /// <summary>Corrects the home unit; the person's figures move with it (CA, BDBP or LDTBXH).</summary>
    [Alias("ChangeHome")]
    Task<CommandResult> ChangeHomeAsync(ChangeHome command);

    /// <summary>Corrects one value recorded at reception, with a reason (CA, BDBP or LDTBXH); the figures move with it.</summary>
    [Alias("Correct")]
    Task<CommandResult> CorrectAsync(CorrectPerson command);

    /// <summary>Closes a concluded record (LDTBXH).</summary>
    [Alias("Close")]
    Task<CommandResult> CloseAsync(CloseRecord command);

    /// <summary>Refers the person to another case-working agency (an agency that has the record).</summary>
    [Alias("Refer")]
    Task<CommandResult> ReferAsync(ReferPerson command);

    /// <summary>Accepts the pending referral to the actor's agency, which then has the record.</summary>
    [Alias("AcceptReferral")]
    Task<CommandResult> AcceptReferralAsync(AcceptPersonReferral command);

    /// <summary>Declines the pending referral to the actor's agency.</summary>
    [Alias("DeclineReferral")]
    Task<CommandResult> DeclineReferralAsync(DeclinePersonReferral command);

    /// <summary>
    /// The record without personal data for the host's own use (its checks and tests), or null when the person has not
    /// been received. The API and the pages show a record only through <see cref="ViewAsync"/>.
    /// </summary>
    [Alias("Get")]
    Task<VictimView?> GetAsync();

    /// <summary>
    /// The record without personal data as <paramref name="reader"/> may see it: a case worker of an agency that has the
    /// record, or of an agency it is referred to and that has not answered yet; refused to every other reader. Null
    /// view and no error when the person has not been received.
    /// </summary>
    [Alias("View")]
    Task<VictimViewResult> ViewAsync(ActingParty reader);

    /// <summary>
    /// Decrypts and returns the personal data to a case worker (LDTBXH, CA, BDBP, YT or HLHPN) of an agency that has the
    /// record (received it, accepted its referral, or has an officer assigned) who states a purpose; for a person who
    /// asked for confidentiality, only to an officer assigned. Every attempt, granted or refused, is
    /// added to the person's history with who, when and why.
    /// </summary>
    [Alias("ReadPersonalData")]
    Task<PersonalDataResult> ReadPersonalDataAsync(ReadRequest request);
}
