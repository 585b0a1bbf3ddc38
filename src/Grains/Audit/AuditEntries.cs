using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Audit;

namespace AntiTrafficking.Grains.Audit;

/// <summary>How the grains make an <see cref="AuditEntry"/>: each text fitted to its column (<see cref="AuditText"/>).</summary>
public static class AuditEntries
{
    /// <summary>
    /// An entry for an act of <paramref name="actor"/> (none when the call named no one), each text fitted to its column
    /// so that the entry of a refused, malformed command can always be written.
    /// </summary>
    public static AuditEntry By(
        ActingParty? actor, string action, string target, string outcome, string? code, long version, string? idempotencyKey, string source) =>
        new(AuditText.FitText(actor?.UserId ?? "", 200), AuditText.Fit(actor?.AgencyCode, 50), AuditText.FitText(action, 100),
            AuditText.FitText(target, 300), AuditText.FitText(outcome, 20), AuditText.Fit(code, 100), version,
            AuditText.Fit(idempotencyKey, 300), AuditText.FitText(source, 300), actor?.Role.ToString(), AuditText.Fit(actor?.DistrictCode, 10));

    /// <summary>The entry of an accepted correction: with the field it changed and its value before and after (deploy/sql/0009).</summary>
    public static AuditEntry Changing(this AuditEntry entry, string field, string before, string after) =>
        entry with { ChangeField = AuditText.FitText(field, 50), ChangeBefore = AuditText.FitText(before, 200), ChangeAfter = AuditText.FitText(after, 200) };
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
