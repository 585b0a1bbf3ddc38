using AntiTrafficking.GrainInterfaces.Records;

namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>One entry of a person's dated history: an accepted step, or a read of the personal data (never the data).</summary>
/// <param name="Step">What happened, e.g. "received", "identified", "support", "personalDataRead", "personalDataReadRefused".</param>
/// <param name="Date">The date it happened (for a read, the day of the read).</param>
/// <param name="RecordedAt">When it was recorded (UTC).</param>
/// <param name="AgencyCode">The agency that acted or read, or null.</param>
/// <param name="UserId">The user or system that acted or read.</param>
/// <param name="Detail">The step's outcome in one word (e.g. "victim", "medical"), or the purpose of a read; null when none.</param>
/// <param name="Correction">For a "corrected" step (dated the day of the correction): the field, before, after and reason (a birth year as its age groups); null otherwise.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.PersonStep")]
public sealed record PersonStep(string Step, DateOnly Date, DateTimeOffset RecordedAt, string? AgencyCode, string UserId, string? Detail = null, CorrectedValue? Correction = null);
