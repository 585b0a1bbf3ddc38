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

    /// <summary>Records a support service delivered (LDTBXH, YT, HLHPN, TP, CA or BDBP).</summary>
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

    /// <summary>The record without personal data, or null when the person has not been received.</summary>
    [Alias("Get")]
    Task<VictimView?> GetAsync();

    /// <summary>
    /// Decrypts and returns the personal data to a case worker (LDTBXH, CA, BDBP, YT or HLHPN) who states a purpose;
    /// for a person who asked for confidentiality, only to an officer assigned. Every attempt, granted or refused, is
    /// added to the person's history with who, when and why.
    /// </summary>
    [Alias("ReadPersonalData")]
    Task<PersonalDataResult> ReadPersonalDataAsync(ReadRequest request);
}
