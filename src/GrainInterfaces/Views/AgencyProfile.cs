using System.Collections.Immutable;

namespace AntiTrafficking.GrainInterfaces.Views;

/// <summary>An agency taking part in the program and what it has done.</summary>
/// <param name="Code">Agency code from the province's agencies file.</param>
/// <param name="NameVi">Name in Vietnamese.</param>
/// <param name="NameEn">Name in English.</param>
/// <param name="Projects">Projects it leads or joins.</param>
/// <param name="Activity">Commands it has had accepted, counted by kind (e.g. "delivery": 12).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.AgencyProfile")]
public sealed record AgencyProfile(
    string Code, string NameVi, string NameEn, ImmutableArray<ProjectRole> Projects, ImmutableDictionary<string, long> Activity);
