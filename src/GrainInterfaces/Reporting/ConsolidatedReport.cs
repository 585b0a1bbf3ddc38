using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>The province's consolidated report for a period: submissions, the close snapshot and the live figures beside it.</summary>
/// <param name="Status">Who reported, completeness, timeliness, close and approval.</param>
/// <param name="Snapshot">The scorecards at close, or null while the period is open.</param>
/// <param name="CurrentProvince">The live province scorecard.</param>
/// <param name="CurrentDistricts">The live district scorecards.</param>
/// <param name="Outputs">Province outputs by project, at close and now.</param>
/// <param name="Differences">Every indicator of every unit whose live figures differ from the snapshot.</param>
/// <param name="Reports">The current version of every report received.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Reporting.ConsolidatedReport")]
public sealed record ConsolidatedReport(
    PeriodStatus Status,
    PeriodSnapshot? Snapshot,
    ScorecardView CurrentProvince,
    ImmutableArray<ScorecardView> CurrentDistricts,
    ImmutableArray<ProjectOutput> Outputs,
    ImmutableArray<ScorecardDifference> Differences,
    ImmutableArray<ReportView> Reports);
