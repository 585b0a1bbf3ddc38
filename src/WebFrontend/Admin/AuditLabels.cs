using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.WebFrontend.Pages;

namespace AntiTrafficking.WebFrontend.Admin;

/// <summary>Vietnamese names of the stored outcomes (English through the resource file).</summary>
public static class AuditLabels
{
    /// <summary>The outcomes a filter may choose, in the order shown.</summary>
    public static readonly string[] Outcomes = ["accepted", "duplicate", "rejected", "granted", "refused"];

    /// <summary>The outcome's Vietnamese name, or the stored word when it has none.</summary>
    public static string Outcome(string outcome) => outcome switch
    {
        "accepted" => "Được chấp nhận",
        "duplicate" => "Gửi lại (trùng khóa)",
        "rejected" => "Bị từ chối",
        "granted" => "Được xem",
        "refused" => "Bị từ chối xem",
        _ => outcome,
    };

    /// <summary>The action's Vietnamese name (a command's as on the agencies' pages), or the stored word when it has none.</summary>
    public static string Action(string action) => action switch
    {
        "ReadPersonalData" => "Xem thông tin cá nhân",
        "audit.read" => "Xem nhật ký kiểm tra",
        "audit.export" => "Tải nhật ký kiểm tra",
        "SignIn" => "Đăng nhập",
        "CreateAccount" => "Tạo tài khoản",
        "DisableAccount" => "Khóa tài khoản",
        "EnableAccount" => "Mở khóa tài khoản",
        "SetPassword" => "Đặt lại mật khẩu",
        "IssueApiKey" => "Cấp khóa API",
        "RevokeApiKey" => "Thu hồi khóa API",
        _ => ActivityLabels.Of(action),
    };

    /// <summary>The stored role's Vietnamese name (<see cref="RoleLabels"/>), empty when none was stored.</summary>
    public static string Role(string? role) =>
        Enum.TryParse<ActorRole>(role, out var parsed) ? RoleLabels.Name(parsed) : role ?? "";
}
