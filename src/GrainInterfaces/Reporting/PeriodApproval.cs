using System.Collections.Immutable;

namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>The standing office's approval of a period's consolidated report.</summary>
/// <param name="UserId">Who approved.</param>
/// <param name="ApprovedOn">When (Vietnam calendar).</param>
/// <param name="Note">The remark given, or null.</param>
/// <param name="ApprovedRevisions">Reporter code → the revision number the approval covered.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Reporting.PeriodApproval")]
public sealed record PeriodApproval(string UserId, DateOnly ApprovedOn, string? Note, ImmutableDictionary<string, int> ApprovedRevisions);
