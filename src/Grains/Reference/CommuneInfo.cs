namespace AntiTrafficking.Grains.Reference;

/// <summary>A commune-level unit as the admin-units file describes it.</summary>
public sealed record CommuneInfo(string Code, string NameVi, string UnitType, string DistrictCode, string BorderWithChina);
