using System.Collections.Immutable;
using AntiTrafficking.Indicators;

namespace AntiTrafficking.Grains.Reference;

/// <summary>A province, its districts in file order and the program it follows.</summary>
public sealed record ProvinceInfo(string Code, string NameVi, string NameEn, ImmutableArray<string> DistrictCodes, IndicatorProgram Program);
