namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>One figure of the joint statistics: the case records' count beside each agency's.</summary>
/// <param name="Category">The figure.</param>
/// <param name="NameVi">Its Vietnamese name.</param>
/// <param name="Records">The count computed from the case records of the province.</param>
/// <param name="Police">The Police's figure, or null when not submitted.</param>
/// <param name="Procuracy">The Procuracy's figure, or null when not submitted.</param>
/// <param name="Court">The Court's figure, or null when not submitted.</param>
/// <param name="Consistent">True when every submitted figure equals the records' count.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.SectorComparisonRow")]
public sealed record SectorComparisonRow(
    StatisticsCategory Category, string NameVi, long Records, long? Police, long? Procuracy, long? Court, bool Consistent);
