using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>
/// A tip about trafficking (key: "{provinceCode}:{tipId}", e.g. "22:CA-TB-2013-001"; the id is the receiving
/// agency's): received → classified → verification concluded. It counts in IND-08 and IND-09 by receipt date.
/// </summary>
[Alias("AntiTrafficking.Enforcement.ITipGrain")]
public interface ITipGrain : IGrainWithStringKey
{
    /// <summary>Records the tip as received.</summary>
    [Alias("Receive")]
    Task<CommandResult> ReceiveAsync(ReceiveTip command);

    /// <summary>Classifies the tip (once).</summary>
    [Alias("Classify")]
    Task<CommandResult> ClassifyAsync(ClassifyTip command);

    /// <summary>Concludes the verification of a tip with signs of crime.</summary>
    [Alias("ConcludeVerification")]
    Task<CommandResult> ConcludeVerificationAsync(ConcludeVerification command);

    /// <summary>Refers the open tip to another agency (by an agency that has it).</summary>
    [Alias("Refer")]
    Task<CommandResult> ReferAsync(ReferTip command);

    /// <summary>Accepts the pending referral to the actor's agency.</summary>
    [Alias("AcceptReferral")]
    Task<CommandResult> AcceptReferralAsync(AcceptTipReferral command);

    /// <summary>Declines the pending referral to the actor's agency.</summary>
    [Alias("DeclineReferral")]
    Task<CommandResult> DeclineReferralAsync(DeclineTipReferral command);

    /// <summary>Corrects one value recorded at receipt, with a reason (CA or BDBP); its figures move with it.</summary>
    [Alias("Correct")]
    Task<CommandResult> CorrectAsync(CorrectTip command);

    /// <summary>The tip, or null when it has not been received.</summary>
    [Alias("Get")]
    Task<TipView?> GetAsync();
}
