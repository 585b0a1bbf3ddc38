namespace AntiTrafficking.WebFrontend.Reference;

/// <summary>An agency of the province's agencies file.</summary>
/// <param name="Code">Its code, e.g. "TTTT".</param>
/// <param name="NameVi">Name in Vietnamese.</param>
/// <param name="NameEn">Name in English.</param>
public sealed record AgencyEntry(string Code, string NameVi, string NameEn);
