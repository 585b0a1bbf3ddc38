using System.Collections.Immutable;

namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>Who has reported for a period, completeness and timeliness, close and approval.</summary>
/// <param name="ProvinceCode">The province.</param>
/// <param name="Period">The period.</param>
/// <param name="Today">The date the status was computed for.</param>
/// <param name="DueOn">The reports' deadline.</param>
/// <param name="ClosesOn">The date the period's scorecards are snapshotted (end + grace).</param>
/// <param name="Agencies">Completeness and timeliness of the agencies.</param>
/// <param name="Districts">Completeness and timeliness of the districts.</param>
/// <param name="Total">Both together.</param>
/// <param name="Reporters">Every reporter, agencies first, then districts in GSO order.</param>
/// <param name="Overdue">Codes of the reporters whose deadline has passed with nothing received.</param>
/// <param name="ClosedOn">When the scorecards were snapshotted, or null while open.</param>
/// <param name="Approval">The approval, or null; once set, the period is locked.</param>
/// <param name="RevisionsAfterApproval">Revisions received after the approval (each with who and why).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Reporting.PeriodStatus")]
public sealed record PeriodStatus(
    string ProvinceCode,
    string Period,
    DateOnly Today,
    DateOnly DueOn,
    DateOnly ClosesOn,
    Tally Agencies,
    Tally Districts,
    Tally Total,
    ImmutableArray<ReporterRow> Reporters,
    ImmutableArray<string> Overdue,
    DateOnly? ClosedOn,
    PeriodApproval? Approval,
    int RevisionsAfterApproval);
