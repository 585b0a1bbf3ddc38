namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>A report owed to the standing office.</summary>
/// <param name="Kind">District or agency.</param>
/// <param name="ReporterCode">GSO code or agency code.</param>
/// <param name="NameVi">The reporter's name.</param>
/// <param name="Period">"2013-Q2", "2013-H1" or "2013".</param>
/// <param name="DueOn">Last day on which the report counts as on time.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Reporting.ReportingObligation")]
public sealed record ReportingObligation(ReporterKind Kind, string ReporterCode, string NameVi, string Period, DateOnly DueOn);
