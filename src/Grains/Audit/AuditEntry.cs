using AntiTrafficking.GrainInterfaces;

namespace AntiTrafficking.Grains.Audit;

/// <summary>
/// One audited act: a command (whatever its outcome) or a read of personal data. It names who acted, on what and with
/// which result, never the values sent — but for a correction, the field with its value before and after
/// (<see cref="Change"/>): a victim's personal data never reaches the audit trail (a birth year is given as its age groups).
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
/// <param name="ActorRole">The acting party's role (an <see cref="ActorRole"/> name), null on rows written before roles were audited.</param>
/// <param name="ActorDistrict">The district a district officer acts for, if any.</param>
/// <param name="Change">For an accepted correction: what it changed; null for every other act.</param>
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
    AuditChange? Change = null)
{
    /// <summary>
    /// An entry for an act of <paramref name="actor"/> (none when the call named no one), each text fitted to its column
    /// (<see cref="AuditText"/>) so that the entry of a refused, malformed command can always be written.
    /// </summary>
    public static AuditEntry By(
        ActingParty? actor, string action, string target, string outcome, string? code, long version, string? idempotencyKey, string source) =>
        new(AuditText.FitText(actor?.UserId ?? "", 200), AuditText.Fit(actor?.AgencyCode, 50), AuditText.FitText(action, 100),
            AuditText.FitText(target, 300), AuditText.FitText(outcome, 20), AuditText.Fit(code, 100), version,
            AuditText.Fit(idempotencyKey, 300), AuditText.FitText(source, 300), actor?.Role.ToString(), AuditText.Fit(actor?.DistrictCode, 10));
}

/// <summary>The value a correction changed, each text fitted to its column (deploy/sql/0009).</summary>
/// <param name="Field">The field, as the JSON API names it.</param>
/// <param name="Before">Its value before.</param>
/// <param name="After">Its value after.</param>
public sealed record AuditChange(string Field, string Before, string After)
{
    public static AuditChange Of(string field, string before, string after) =>
        new(AuditText.FitText(field, 50), AuditText.FitText(before, 200), AuditText.FitText(after, 200));
}

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
