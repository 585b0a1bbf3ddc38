using System.Collections.Immutable;

namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>One version of a reporter's report; every version is kept.</summary>
/// <param name="Number">1 for the first submission, then 2, 3…</param>
/// <param name="UserId">Who sent it.</param>
/// <param name="AgencyCode">For which agency, or null for a district officer.</param>
/// <param name="SubmittedOn">The date it was received (Vietnam calendar).</param>
/// <param name="Narrative">The report's text.</param>
/// <param name="Figures">Its figures.</param>
/// <param name="Reason">Why it was changed, or null for a first submission.</param>
/// <param name="AfterApproval">True when sent after the consolidated report was approved.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Reporting.ReportRevision")]
public sealed record ReportRevision(
    int Number, string UserId, string? AgencyCode, DateOnly SubmittedOn, string Narrative, ImmutableArray<ReportFigure> Figures, string? Reason, bool AfterApproval);
