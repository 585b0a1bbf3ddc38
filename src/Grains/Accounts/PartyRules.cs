using System.Text.RegularExpressions;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.Grains.Reference;

namespace AntiTrafficking.Grains.Accounts;

/// <summary>What makes an account's or key's party coherent, and who may administer them.</summary>
internal static partial class PartyRules
{
    /// <summary>Checks the user id, and that the agency and district fit the role and exist in the reference data.</summary>
    public static CommandError? Check(ActingParty party, ReferenceData reference)
    {
        if (!UserId().IsMatch(party.UserId))
        {
            return Invalid("userId",
                "Mã người dùng gồm 2–64 ký tự: chữ thường không dấu, số, '.', '-' hoặc '_'.",
                "A user id is 2–64 characters: lower-case letters, digits, '.', '-' or '_'.");
        }

        if (!Enum.IsDefined(party.Role))
        {
            return Invalid("role", "Vai trò không hợp lệ.", "Unknown role.");
        }

        var needsAgency = party.Role is ActorRole.AgencyOfficer or ActorRole.CaseWorker;
        if (needsAgency && party.AgencyCode is null)
        {
            return Invalid("agencyCode", "Cán bộ cơ quan và cán bộ hỗ trợ nạn nhân phải có mã cơ quan.", "Agency officers and case workers need an agency code.");
        }

        if (party.Role == ActorRole.DistrictOfficer && party.AgencyCode is not null)
        {
            return Invalid("agencyCode", "Cán bộ huyện không thuộc cơ quan cấp tỉnh: để trống mã cơ quan.", "A district officer acts for no provincial agency: leave the agency code empty.");
        }

        if (party.AgencyCode is { } agency && !reference.Agencies.Values.Any(a => a.Code == agency))
        {
            return Invalid("agencyCode", $"Không có cơ quan mã '{agency}'.", $"There is no agency with code '{agency}'.");
        }

        if (party.Role == ActorRole.DistrictOfficer)
        {
            return party.DistrictCode is { } district && reference.Districts.ContainsKey(district)
                ? null
                : Invalid("districtCode", "Cán bộ huyện phải có mã huyện (mã GSO) đúng.", "A district officer needs a known district (GSO code).");
        }

        return party.DistrictCode is null
            ? null
            : Invalid("districtCode", "Chỉ cán bộ huyện có phạm vi huyện.", "Only district officers have a district scope.");
    }

    /// <summary>Refuses anyone but an administrator.</summary>
    public static CommandError? Administrator(ActingParty actor) =>
        actor.Role == ActorRole.Administrator
            ? null
            : new CommandError("notPermitted", "actor.role",
                "Chỉ quản trị viên được quản lý tài khoản và khóa API.", "Only administrators manage accounts and API keys.");

    public static CommandError Invalid(string field, string vi, string en) => new("invalidParty", field, vi, en);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,63}$")]
    private static partial Regex UserId();
}
