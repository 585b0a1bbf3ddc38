using System.Globalization;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.Grains.Commands;
using AntiTrafficking.Grains.Reference;

namespace AntiTrafficking.Grains.Records;

/// <summary>
/// The rules of referring a record (a person, a tip) to another agency and of answering, shared by the grains that hold
/// referrals: who may refer (an agency that has the record), to whom (a known agency that has not got it and has no
/// referral pending), who answers (only the agency referred to) and when (not before the referral). None changes state;
/// the refusals are in Vietnamese and English and never repeat a reason.
/// </summary>
internal static class ReferralRules
{
    /// <summary>The first refusal of a referral by <paramref name="actor"/> to <paramref name="toAgency"/>, or null.</summary>
    /// <param name="referrals">The record's referrals so far.</param>
    /// <param name="holders">The agencies that have the record.</param>
    public static CommandError? Refer(
        IReadOnlyList<Referral> referrals, IReadOnlyCollection<string> holders, ActingParty actor, string? toAgency, string? reason,
        ReferenceData reference, string provinceCode) =>
        (actor.AgencyCode is { } from && holders.Contains(from) ? null : NotHolder(actor.AgencyCode, holders))
        ?? CommandRules.CheckText("toAgency", toAgency)
        ?? (reference.Agencies.ContainsKey(ReferenceData.AgencyKey(provinceCode, toAgency!)) ? null : Refusals.UnknownAgency(toAgency!) with { Field = "toAgency" })
        ?? (toAgency == actor.AgencyCode ? ToItself(toAgency!) : null)
        ?? (holders.Contains(toAgency!) ? AlreadyHas(toAgency!) : null)
        ?? (referrals.Any(r => r.ToAgency == toAgency && r.Status == ReferralStatus.Pending) ? AlreadyPending(toAgency!) : null)
        ?? CommandRules.CheckText("reason", reason);

    /// <summary>
    /// The pending referral to <paramref name="actor"/>'s agency that an answer dated <paramref name="answeredOn"/> closes,
    /// or the refusal: no referral to that agency, none pending, or a date before the referral.
    /// </summary>
    public static (Referral? Referral, CommandError? Error) Answer(IReadOnlyList<Referral> referrals, ActingParty actor, string dateField, DateOnly answeredOn)
    {
        var toActor = referrals.Where(r => r.ToAgency == actor.AgencyCode).ToList();
        if (toActor.Count == 0)
        {
            return (null, NotReferredTo(actor.AgencyCode));
        }

        if (toActor.LastOrDefault(r => r.Status == ReferralStatus.Pending) is not { } pending)
        {
            return (null, NotPending(actor.AgencyCode!, toActor[^1].Status));
        }

        return answeredOn < pending.ReferredOn ? (null, BeforeReferral(dateField, answeredOn, pending.ReferredOn)) : (pending, null);
    }

    /// <summary>A new pending referral, numbered after the others.</summary>
    public static Referral New(IReadOnlyList<Referral> referrals, string fromAgency, string toAgency, string reason, DateOnly referredOn) =>
        new(referrals.Count + 1, fromAgency, toAgency, reason.Trim(), referredOn);

    /// <summary>Replaces <paramref name="answered"/> in <paramref name="referrals"/> by its answer.</summary>
    public static void Close(List<Referral> referrals, Referral answered, ReferralStatus status, DateOnly on, string? reason = null) =>
        referrals[referrals.IndexOf(answered)] = answered with { Status = status, AnsweredOn = on, DeclineReason = reason?.Trim() };

    /// <summary>The agencies that accepted a referral.</summary>
    public static IEnumerable<string> Accepted(IEnumerable<Referral> referrals) =>
        referrals.Where(r => r.Status == ReferralStatus.Accepted).Select(r => r.ToAgency);

    /// <summary>The agencies a referral is pending to.</summary>
    public static IEnumerable<string> Pending(IEnumerable<Referral> referrals) =>
        referrals.Where(r => r.Status == ReferralStatus.Pending).Select(r => r.ToAgency);

    public static CommandError NotHolder(string? agency, IReadOnlyCollection<string> holders) =>
        new(PermissionRefusals.NotPermitted, "actor.agencyCode",
            $"Cơ quan '{agency ?? "(không có)"}' không có hồ sơ này nên không được chuyển; chỉ {List(holders)}.",
            $"The agency '{agency ?? "(none)"}' does not have this record and may not refer it; only {List(holders)} may.");

    public static CommandError NotReferredTo(string? agency) =>
        new(PermissionRefusals.NotPermitted, "actor.agencyCode",
            $"Hồ sơ này không được chuyển đến cơ quan '{agency ?? "(không có)"}': chỉ cơ quan được chuyển đến mới nhận hoặc từ chối.",
            $"This record was not referred to '{agency ?? "(none)"}': only the agency referred to accepts or declines.");

    public static CommandError NotPending(string agency, ReferralStatus status) =>
        new("referralNotPending", "status",
            $"Việc chuyển hồ sơ đến '{agency}' đã được trả lời ({(status == ReferralStatus.Accepted ? "đã nhận" : "đã từ chối")}); không trả lời lại.",
            $"The referral to '{agency}' was already answered ({(status == ReferralStatus.Accepted ? "accepted" : "declined")}); it is not answered again.");

    private static CommandError ToItself(string agency) =>
        new("referralToItself", "toAgency",
            $"Không chuyển hồ sơ cho chính cơ quan mình ('{agency}').",
            $"A record is not referred to its own agency ('{agency}').");

    private static CommandError AlreadyHas(string agency) =>
        new("alreadyHasRecord", "toAgency",
            $"Cơ quan '{agency}' đã có hồ sơ này.",
            $"The agency '{agency}' already has this record.");

    private static CommandError AlreadyPending(string agency) =>
        new("duplicate", "toAgency",
            $"Hồ sơ đã được chuyển đến '{agency}' và đang chờ trả lời.",
            $"The record was already referred to '{agency}' and waits for its answer.");

    private static CommandError BeforeReferral(string field, DateOnly date, DateOnly referred) =>
        new("dateOutOfOrder", field,
            $"Ngày {date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} trước ngày chuyển hồ sơ {referred.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.",
            $"The date {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is before the referral of {referred.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.");

    private static string List(IReadOnlyCollection<string> codes) => codes.Count == 0 ? "—" : string.Join(", ", codes);
}
