using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>
/// One reporting period of a province (key "{province}:{period}", e.g. "22:2013-Q2"): the reports received, the
/// snapshot of every scorecard taken at close, and the standing office's approval.
/// </summary>
[Alias("AntiTrafficking.Reporting.IReportingPeriodGrain")]
public interface IReportingPeriodGrain : IGrainWithStringKey
{
    /// <summary>Receives a report or a revision of it.</summary>
    [Alias("Submit")]
    Task<CommandResult> SubmitAsync(SubmitReport command);

    /// <summary>Approves the consolidated report of a closed period, locking it.</summary>
    [Alias("Approve")]
    Task<CommandResult> ApproveAsync(ApprovePeriod command);

    /// <summary>Who reported, completeness, timeliness, close and approval.</summary>
    [Alias("GetStatus")]
    Task<PeriodStatus> GetStatusAsync();

    /// <summary>A reporter's report with every revision, or null when nothing was received.</summary>
    [Alias("GetReport")]
    Task<ReportView?> GetReportAsync(string reporterCode);

    /// <summary>The scorecards at close, or null while the period is open.</summary>
    [Alias("GetSnapshot")]
    Task<PeriodSnapshot?> GetSnapshotAsync();

    /// <summary>The consolidated report: status, snapshot, live figures and their differences.</summary>
    [Alias("GetConsolidated")]
    Task<ConsolidatedReport> GetConsolidatedAsync();
}
