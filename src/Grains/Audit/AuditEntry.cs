namespace AntiTrafficking.Grains.Audit;

/// <summary>
/// One audited act: a command (whatever its outcome) or a read of personal data. It names who acted, on what and with
/// which result, never the values sent: a victim's personal data never reaches the audit trail.
/// </summary>
/// <param name="ActorUserId">The acting user or integration ("" when the command named none).</param>
/// <param name="ActorAgency">The agency acted for, if any.</param>
/// <param name="Action">What was asked: the command's name, or <see cref="AuditActions.PersonalDataRead"/>.</param>
/// <param name="Target">The grain acted on (its id, e.g. "commune/06649").</param>
/// <param name="Outcome">accepted, duplicate or rejected for commands; granted or refused for reads.</param>
/// <param name="Code">The refusal's code, when refused.</param>
/// <param name="Version">The target's version after the act.</param>
/// <param name="IdempotencyKey">The command's key (null for reads).</param>
/// <param name="Source">Where the call came from (see AuditSource).</param>
public sealed record AuditEntry(
    string ActorUserId,
    string? ActorAgency,
    string Action,
    string Target,
    string Outcome,
    string? Code,
    long Version,
    string? IdempotencyKey,
    string Source);

/// <summary>Actions and outcomes written by the grains.</summary>
public static class AuditActions
{
    public const string PersonalDataRead = "ReadPersonalData";
    public const string Accepted = "accepted";
    public const string Duplicate = "duplicate";
    public const string Rejected = "rejected";
    public const string Granted = "granted";
    public const string Refused = "refused";
}
