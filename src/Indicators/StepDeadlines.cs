namespace AntiTrafficking.Indicators;

/// <summary>
/// How many days each open step of a tip, case or received person may take, from the program file's
/// <c>deadlines</c> (every field optional). Only the tip's limit is set by law — the Criminal Procedure Code 2003,
/// art. 103: a tip is verified and decided within 20 days of its receipt (up to two months when complex; the records
/// do not say which tips are complex, so the 20 days apply). The others are the province's choice, with these defaults.
/// </summary>
/// <param name="TipVerificationDays">From a tip's receipt until its verification is concluded (CPC 2003 art. 103: 20).</param>
/// <param name="CaseInvestigationDays">From a case's opening until it is sent to court (the province's choice: 120).</param>
/// <param name="CaseTrialDays">From a case sent to court until its first-instance trial (the province's choice: 60).</param>
/// <param name="JudgmentInForceDays">From a first-instance trial until the judgment in force or on appeal (the province's choice: 45).</param>
/// <param name="PersonVerificationDays">From a person's reception until their verification starts (the province's choice: 15).</param>
/// <param name="PersonIdentificationDays">From the start of a verification until its conclusion (the province's choice: 30).</param>
/// <param name="SoonDays">How many days ahead a step counts as soon due (the province's choice: 7).</param>
public sealed record StepDeadlines(
    int TipVerificationDays = 20,
    int CaseInvestigationDays = 120,
    int CaseTrialDays = 60,
    int JudgmentInForceDays = 45,
    int PersonVerificationDays = 15,
    int PersonIdentificationDays = 30,
    int SoonDays = 7)
{
    /// <summary>The limits when the program file names none.</summary>
    public static StepDeadlines Default { get; } = new();
}
