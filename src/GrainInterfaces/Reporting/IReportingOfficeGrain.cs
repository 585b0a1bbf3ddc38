using System.Collections.Immutable;

namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>
/// The standing office's view of a province's reporting regime (key: province code, "22"): the obligations and the
/// record of every period and reporter. It also closes periods: a reminder checks the calendar for periods whose
/// end plus grace time has passed and snapshots their scorecards.
/// </summary>
[Alias("AntiTrafficking.Reporting.IReportingOfficeGrain")]
public interface IReportingOfficeGrain : IGrainWithStringKey
{
    /// <summary>Every report owed over the program, by period then reporter.</summary>
    [Alias("GetObligations")]
    Task<ImmutableArray<ReportingObligation>> GetObligationsAsync();

    /// <summary>Every period's completeness and timeliness and every reporter's record.</summary>
    [Alias("GetOverview")]
    Task<ReportingOverview> GetOverviewAsync();
}
