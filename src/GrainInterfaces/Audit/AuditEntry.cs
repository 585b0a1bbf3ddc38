namespace AntiTrafficking.GrainInterfaces.Audit;

/// <summary>
/// One audited act: a command (whatever its outcome), a read of personal data or of the trail, a sign-in or an act of
/// administration. It names who acted, on what, with which result and from where, never the values sent — but for a
/// correction, the field with its value before and after: a victim's personal data never reaches the trail (a birth year
/// is given as its age groups). The grains write it; the trail numbers and times it (<see cref="Sequence"/>,
/// <see cref="RecordedAt"/>) and administrators read it as written.
/// </summary>
/// <param name="ActorUserId">The acting user or integration ("" when the command named none).</param>
/// <param name="ActorAgency">The agency acted for, if any.</param>
/// <param name="Action">The command's name, ReadPersonalData, audit.read, audit.export, a sign-in or an act of administration.</param>
/// <param name="Target">The grain acted on, e.g. "commune/06649".</param>
/// <param name="Outcome">accepted, duplicate or rejected for commands; granted or refused for reads.</param>
/// <param name="Code">The refusal's code, when refused.</param>
/// <param name="Version">The target's version after the act.</param>
/// <param name="IdempotencyKey">The command's key (none for reads).</param>
/// <param name="Source">Where the call came from ("api 10.0.0.5", "web 10.0.0.5", "grain-client", …).</param>
/// <param name="ActorRole">The acting party's role (DistrictOfficer, AgencyOfficer, …); none on entries written before roles were audited.</param>
/// <param name="ActorDistrict">The district a district officer acted for, if any.</param>
/// <param name="ChangeField">For an accepted correction: the field corrected, as the JSON API names it (e.g. "receivedOn"); null otherwise.</param>
/// <param name="ChangeBefore">For an accepted correction: the value before.</param>
/// <param name="ChangeAfter">For an accepted correction: the value after.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Audit.AuditEntry")]
public sealed record AuditEntry(
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
    string? ChangeAfter = null)
{
    /// <summary>Its place in the chain, from 1; 0 until the trail has written it.</summary>
    [Id(20)]
    public long Sequence { get; init; }

    /// <summary>When the trail wrote it (UTC, to the microsecond); unset until then.</summary>
    [Id(21)]
    public DateTimeOffset RecordedAt { get; init; }
}
