using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.Grains.Commands;

namespace AntiTrafficking.Grains.Reporting;

/// <summary>A period's reports (every revision, oldest first, by reporter code) and its approval.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Reporting.ReportingPeriodState")]
public sealed class ReportingPeriodState : LedgerState
{
    /// <summary>Reporter code → every revision received.</summary>
    [Id(0)]
    public Dictionary<string, List<ReportRevision>> Reports { get; set; } = [];

    /// <summary>The standing office's approval, or null.</summary>
    [Id(1)]
    public PeriodApproval? Approval { get; set; }
}
