using AntiTrafficking.GrainInterfaces.Records;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>One accepted step of a tip's, case's or key area's lifecycle, in the order recorded.</summary>
/// <param name="Step">What happened, e.g. "received", "classified", "tried", "appealJudgment".</param>
/// <param name="Date">The date it happened (not the date it was recorded).</param>
/// <param name="AgencyCode">The agency that acted, or null for a district or commune officer.</param>
/// <param name="UserId">The user or system that issued the command.</param>
/// <param name="Detail">The step's outcome in one word, e.g. "signsOfCrime" or "setAside"; null when there is none.</param>
/// <param name="Correction">For a "corrected" step (dated the day of the correction): the field, before, after and reason; null otherwise.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.LifecycleStep")]
public sealed record LifecycleStep(string Step, DateOnly Date, string? AgencyCode, string UserId, string? Detail = null, CorrectedValue? Correction = null);
