namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>An agency's figure that differs from the case records or from another agency's figure.</summary>
/// <param name="Period">The period, e.g. "2013".</param>
/// <param name="Category">The figure.</param>
/// <param name="AgencyCode">The agency whose figure differs: CA, VKS or TA.</param>
/// <param name="Reported">Its figure.</param>
/// <param name="ComparedWith">"records", or the code of the other agency.</param>
/// <param name="Expected">The figure it was compared with.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.StatisticsDiscrepancy")]
public sealed record StatisticsDiscrepancy(
    string Period, StatisticsCategory Category, string AgencyCode, long Reported, string ComparedWith, long Expected);
