namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>A figure of the joint crime statistics (thống kê liên ngành) that Police, Procuracy and Court reconcile.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Enforcement.StatisticsCategory")]
public enum StatisticsCategory
{
    /// <summary>Số vụ khởi tố: cases opened in the period.</summary>
    CasesOpened,

    /// <summary>Số vụ truy tố: cases sent to court in the period.</summary>
    CasesProsecuted,

    /// <summary>Số bị can bị truy tố: suspects prosecuted in the period.</summary>
    SuspectsProsecuted,

    /// <summary>Số vụ xét xử sơ thẩm: first-instance trials in the period (retrials included).</summary>
    CasesTried,

    /// <summary>Số bị cáo bị kết án: people convicted at first-instance trials in the period.</summary>
    PeopleConvicted,
}
