using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>A district's or an agency's report for one period; sending it again is a revision, kept beside the earlier ones.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">An officer of the reporting agency (agency code = the reporter), or a district officer (no agency code) for a district.</param>
/// <param name="ReporterCode">The district's GSO code (e.g. "193") or the agency's code (e.g. "TTTT").</param>
/// <param name="Narrative">The report's text: results, difficulties, proposals.</param>
/// <param name="Figures">Structured figures, each code at most once.</param>
/// <param name="Reason">Why a report is changed; required once the period's consolidated report is approved.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Reporting.SubmitReport")]
public sealed record SubmitReport(
    string IdempotencyKey, ActingParty Actor, string ReporterCode, string Narrative, ImmutableArray<ReportFigure> Figures, string? Reason = null) : ICommand;
