namespace AntiTrafficking.GrainInterfaces.Views;

/// <summary>Reference data of an administrative unit.</summary>
/// <param name="Level">Administrative level.</param>
/// <param name="Code">GSO code.</param>
/// <param name="NameVi">Name without type prefix.</param>
/// <param name="UnitType">city, town, district, ward, townlet, commune or province.</param>
/// <param name="ParentCode">District code of a commune, province code of a district, null for a province.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.UnitSummary")]
public sealed record UnitSummary(UnitLevel Level, string Code, string NameVi, string UnitType, string? ParentCode);
