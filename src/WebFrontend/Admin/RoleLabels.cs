using AntiTrafficking.GrainInterfaces;

namespace AntiTrafficking.WebFrontend.Admin;

/// <summary>The roles' Vietnamese names (English through the resource file): pages never show the enum's names.</summary>
public static class RoleLabels
{
    /// <summary>"Cán bộ cơ quan", "Cán bộ huyện", "Cán bộ hỗ trợ nạn nhân", "Lãnh đạo", "Chuyên viên phân tích" or "Quản trị viên".</summary>
    public static string Name(ActorRole role) => role switch
    {
        ActorRole.AgencyOfficer => "Cán bộ cơ quan",
        ActorRole.DistrictOfficer => "Cán bộ huyện",
        ActorRole.CaseWorker => "Cán bộ hỗ trợ nạn nhân",
        ActorRole.Leader => "Lãnh đạo",
        ActorRole.Analyst => "Chuyên viên phân tích",
        _ => "Quản trị viên",
    };
}
