using System.Collections.Immutable;

namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>A reporter's report for a period with all its revisions, oldest first.</summary>
/// <param name="Period">The period.</param>
/// <param name="Kind">District or agency.</param>
/// <param name="ReporterCode">GSO code or agency code.</param>
/// <param name="Status">On time, late…</param>
/// <param name="Revisions">Every version, oldest first; the last is current.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Reporting.ReportView")]
public sealed record ReportView(string Period, ReporterKind Kind, string ReporterCode, SubmissionStatus Status, ImmutableArray<ReportRevision> Revisions);
