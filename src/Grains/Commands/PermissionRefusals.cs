using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.Grains.Commands;

/// <summary>
/// The refusals of the permission check (code <c>notPermitted</c>) and of an acting party that is not well formed, in
/// Vietnamese and English. <paramref name="prefix"/> is "actor" for commands and "reader" for reads of personal data.
/// </summary>
internal static class PermissionRefusals
{
    public const string NotPermitted = "notPermitted";

    public static CommandError Role(string prefix, ActorRole role, string actionVi, string actionEn, IEnumerable<ActorRole> allowed)
    {
        var roles = allowed.ToList();
        return new(NotPermitted, prefix + ".role",
            roles.Count == 0
                ? $"Không vai trò nào được {actionVi}."
                : $"Vai trò '{Vi(role)}' không được {actionVi}; chỉ: {string.Join(", ", roles.Select(Vi))}.",
            roles.Count == 0
                ? $"No role may {actionEn}."
                : $"The role '{En(role)}' may not {actionEn}; only: {string.Join(", ", roles.Select(En))}.");
    }

    public static CommandError District(string prefix, string? district, string? targetDistrict, string actionVi, string actionEn) =>
        new(NotPermitted, prefix + ".districtCode",
            targetDistrict is null
                ? $"Cán bộ huyện '{district}' không được {actionVi} ngoài huyện của mình."
                : $"Cán bộ huyện '{district}' không được {actionVi} cho huyện '{targetDistrict}' hay các xã của huyện đó; chỉ cho huyện mình.",
            targetDistrict is null
                ? $"A district officer of '{district}' may not {actionEn} outside their own district."
                : $"A district officer of '{district}' may not {actionEn} for district '{targetDistrict}' or its communes; only for their own.");

    public static CommandError Agency(string prefix, string? agency, string actionVi, string actionEn, IReadOnlyCollection<string> allowed) =>
        new(NotPermitted, prefix + ".agencyCode",
            $"Cơ quan '{agency ?? "(không có)"}' không có thẩm quyền {actionVi}; chỉ {List(allowed, "(không cơ quan nào)")}.",
            $"The agency '{agency ?? "(none)"}' may not {actionEn}; only {List(allowed, "(no agency)")} may.");

    public static CommandError NoCaseWorkers(string prefix, string? agency, IReadOnlyCollection<string> caseWorking) =>
        new(NotPermitted, prefix + ".agencyCode",
            $"Cơ quan '{agency}' không có cán bộ hỗ trợ nạn nhân; chỉ {List(caseWorking, "")}.",
            $"The agency '{agency}' has no victim case workers; only {List(caseWorking, "")} have.");

    public static CommandError UnknownRole(string prefix, ActorRole role) =>
        new("unknownValue", prefix + ".role", $"Vai trò '{(int)role}' không hợp lệ.", $"The role '{(int)role}' is not valid.");

    public static CommandError AgencyRequired(string prefix, ActorRole role) =>
        new("required", prefix + ".agencyCode",
            $"Vai trò '{Vi(role)}' phải ghi cơ quan mà người dùng làm việc.",
            $"The role '{En(role)}' must name the agency the user acts for.");

    public static CommandError DistrictRequired(string prefix) =>
        new("required", prefix + ".districtCode",
            $"Vai trò '{Vi(ActorRole.DistrictOfficer)}' phải ghi huyện mà người dùng làm việc.",
            $"The role '{En(ActorRole.DistrictOfficer)}' must name the user's district.");

    public static CommandError NotApplicable(string field, ActorRole role) =>
        new("notApplicable", field,
            $"Vai trò '{Vi(role)}' không ghi '{field}'.",
            $"The role '{En(role)}' does not carry '{field}'.");

    public static CommandError UnknownDistrict(string prefix, string code) =>
        new("unknownDistrict", prefix + ".districtCode",
            $"Không có huyện mã '{code}' trong tỉnh.",
            $"There is no district with code '{code}' in the province.");

    private static string List(IReadOnlyCollection<string> codes, string none) => codes.Count == 0 ? none : string.Join(", ", codes);

    private static string Vi(ActorRole role) => role switch
    {
        ActorRole.AgencyOfficer => "cán bộ cơ quan",
        ActorRole.DistrictOfficer => "cán bộ huyện",
        ActorRole.CaseWorker => "cán bộ hỗ trợ nạn nhân",
        ActorRole.Leader => "lãnh đạo",
        ActorRole.Analyst => "chuyên viên phân tích",
        ActorRole.Administrator => "quản trị hệ thống",
        _ => ((int)role).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string En(ActorRole role) => role switch
    {
        ActorRole.AgencyOfficer => "agency officer",
        ActorRole.DistrictOfficer => "district officer",
        ActorRole.CaseWorker => "victim case worker",
        ActorRole.Leader => "leader",
        ActorRole.Analyst => "analyst",
        ActorRole.Administrator => "administrator",
        _ => ((int)role).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
