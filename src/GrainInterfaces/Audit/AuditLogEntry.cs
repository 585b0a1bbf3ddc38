namespace AntiTrafficking.GrainInterfaces.Audit;

/// <summary>
/// One audit entry as an administrator sees it: who, when, what, on which target, with which result and from where.
/// It holds no value a command carried and no personal data (the trail stores none), except for a correction: the field
/// corrected with its value before and after (a birth year only as its age groups).
/// </summary>
/// <param name="Sequence">Its place in the chain, from 1.</param>
/// <param name="RecordedAt">When it was written (UTC).</param>
/// <param name="ActorUserId">The acting user or integration ("" when the command named none).</param>
/// <param name="ActorAgency">The agency acted for, if any.</param>
/// <param name="Action">The command's name, ReadPersonalData, audit.read or audit.export.</param>
/// <param name="Target">The grain acted on, e.g. "commune/06649".</param>
/// <param name="Outcome">accepted, duplicate, rejected, granted or refused.</param>
/// <param name="Code">The refusal's code, when refused.</param>
/// <param name="Version">The target's version after the act.</param>
/// <param name="IdempotencyKey">The command's key (none for reads).</param>
/// <param name="Source">Where the call came from ("api 10.0.0.5", "web 10.0.0.5", "grain-client", …).</param>
/// <param name="ActorRole">The acting party's role (DistrictOfficer, AgencyOfficer, …); none on entries written before roles were audited.</param>
/// <param name="ActorDistrict">The district a district officer acted for, if any.</param>
/// <param name="ChangeField">For an accepted correction: the field corrected (e.g. "receivedOn"); null otherwise.</param>
/// <param name="ChangeBefore">For an accepted correction: the value before.</param>
/// <param name="ChangeAfter">For an accepted correction: the value after.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Audit.AuditLogEntry")]
public sealed record AuditLogEntry(
    long Sequence,
    DateTimeOffset RecordedAt,
    string ActorUserId,
    string? ActorAgency,
    string Action,
    string Target,
    string Outcome,
    string? Code,
    long Version,
    string? IdempotencyKey,
    string Source,
    string? ActorRole,
    string? ActorDistrict,
    string? ChangeField = null,
    string? ChangeBefore = null,
    string? ChangeAfter = null);
