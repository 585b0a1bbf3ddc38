namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>A first-instance trial (xét xử sơ thẩm), the first one or a retrial.</summary>
/// <param name="TriedOn">Date of the judgment.</param>
/// <param name="Verdict">Convicted or acquitted.</param>
/// <param name="PeopleConvicted">Defendants convicted.</param>
/// <param name="Mobile">True for a mobile trial (xét xử lưu động) held in the community.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.CaseTrial")]
public sealed record CaseTrial(DateOnly TriedOn, Verdict Verdict, int PeopleConvicted, bool Mobile);
