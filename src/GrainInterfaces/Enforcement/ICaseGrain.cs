using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>
/// A criminal case (key: "{provinceCode}:{caseId}"): opened → investigated → sent to court → tried → judgment in
/// force → possibly overturned, with appeals and retrials. It counts in IND-10 and IND-11 and in the outputs.
/// </summary>
[Alias("AntiTrafficking.Enforcement.ICaseGrain")]
public interface ICaseGrain : IGrainWithStringKey
{
    /// <summary>Opens the case (CA or BDBP).</summary>
    [Alias("Open")]
    Task<CommandResult> OpenAsync(OpenCase command);

    /// <summary>Records arrests, rescues or a special project (CA or BDBP).</summary>
    [Alias("RecordInvestigation")]
    Task<CommandResult> RecordInvestigationAsync(RecordInvestigation command);

    /// <summary>Sends the case to court (VKS).</summary>
    [Alias("Prosecute")]
    Task<CommandResult> ProsecuteAsync(ProsecuteCase command);

    /// <summary>Records a first-instance trial or retrial (TA).</summary>
    [Alias("RecordTrial")]
    Task<CommandResult> RecordTrialAsync(RecordTrial command);

    /// <summary>Records that the first-instance judgment came into force unappealed (TA).</summary>
    [Alias("RecordJudgmentInForce")]
    Task<CommandResult> RecordJudgmentInForceAsync(RecordJudgmentInForce command);

    /// <summary>Records the appellate judgment (TA).</summary>
    [Alias("RecordAppealJudgment")]
    Task<CommandResult> RecordAppealJudgmentAsync(RecordAppealJudgment command);

    /// <summary>Overturns the judgment in force on cassation or reopening (TA).</summary>
    [Alias("OverturnJudgment")]
    Task<CommandResult> OverturnJudgmentAsync(OverturnJudgment command);

    /// <summary>Corrects one value recorded at opening, with a reason (CA or BDBP); its figures move with it.</summary>
    [Alias("Correct")]
    Task<CommandResult> CorrectAsync(CorrectCase command);

    /// <summary>The case, or null when it has not been opened.</summary>
    [Alias("Get")]
    Task<CaseView?> GetAsync();
}
