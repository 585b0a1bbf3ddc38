namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>What the appellate court (phúc thẩm) decided on a first-instance judgment.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Enforcement.AppealOutcome")]
public enum AppealOutcome
{
    /// <summary>Giữ nguyên: the first-instance judgment stands and comes into force on the appeal date.</summary>
    Upheld,

    /// <summary>Sửa án: the appellate judgment replaces it and comes into force on the appeal date.</summary>
    Amended,

    /// <summary>Hủy án để xét xử lại: set aside; the case goes back for a new first-instance trial.</summary>
    SetAside,
}
