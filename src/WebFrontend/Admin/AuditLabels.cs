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
}
