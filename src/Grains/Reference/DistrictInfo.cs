using System.Collections.Immutable;

namespace AntiTrafficking.Grains.Reference;

/// <summary>A district-level unit and its communes in file order.</summary>
public sealed record DistrictInfo(string Code, string NameVi, string UnitType, string ProvinceCode, ImmutableArray<string> CommuneCodes);
