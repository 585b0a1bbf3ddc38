namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>How a tip was classified (phân loại).</summary>
[GenerateSerializer, Alias("AntiTrafficking.Enforcement.TipClassification")]
public enum TipClassification
{
    /// <summary>Có dấu hiệu tội phạm: shows signs of a trafficking crime; to be verified.</summary>
    SignsOfCrime,

    /// <summary>Không có dấu hiệu tội phạm.</summary>
    NoSigns,

    /// <summary>Chuyển cơ quan khác: not for this province's agencies; transferred elsewhere.</summary>
    Transferred,
}
