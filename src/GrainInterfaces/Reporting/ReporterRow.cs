namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>One reporter's standing for one period.</summary>
/// <param name="Kind">District or agency.</param>
/// <param name="ReporterCode">GSO code or agency code.</param>
/// <param name="NameVi">The reporter's name.</param>
/// <param name="DueOn">The deadline.</param>
/// <param name="Status">Pending, on time, late or overdue.</param>
/// <param name="FirstSubmittedOn">When the first version arrived, or null.</param>
/// <param name="Revisions">Number of versions received.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Reporting.ReporterRow")]
public sealed record ReporterRow(ReporterKind Kind, string ReporterCode, string NameVi, DateOnly DueOn, SubmissionStatus Status, DateOnly? FirstSubmittedOn, int Revisions);
