namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>How the verification of a tip with signs of crime ended (kết quả xác minh).</summary>
[GenerateSerializer, Alias("AntiTrafficking.Enforcement.VerificationConclusion")]
public enum VerificationConclusion
{
    /// <summary>Quyết định khởi tố vụ án: a case was opened.</summary>
    CaseOpened,

    /// <summary>Quyết định không khởi tố: dismissed.</summary>
    Dismissed,
}
