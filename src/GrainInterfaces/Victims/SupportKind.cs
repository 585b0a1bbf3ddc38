namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>Support regimes of Decree 09/2013.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Victims.SupportKind")]
public enum SupportKind
{
    /// <summary>Hỗ trợ nhu cầu thiết yếu: food, lodging, clothing.</summary>
    EssentialNeeds,

    /// <summary>Chi phí đi lại: travel home.</summary>
    Travel,

    /// <summary>Hỗ trợ y tế.</summary>
    Medical,

    /// <summary>Hỗ trợ tâm lý.</summary>
    Psychological,

    /// <summary>Trợ giúp pháp lý miễn phí: counted by IND-14, not IND-13.</summary>
    LegalAid,

    /// <summary>Hỗ trợ học văn hóa.</summary>
    Schooling,

    /// <summary>Học nghề.</summary>
    VocationalTraining,

    /// <summary>Trợ cấp khó khăn ban đầu.</summary>
    HardshipAllowance,

    /// <summary>Hỗ trợ vay vốn.</summary>
    Loan,
}
