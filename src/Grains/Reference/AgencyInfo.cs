using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.Grains.Reference;

/// <summary>An agency of a province's program and the projects it leads or joins.</summary>
public sealed record AgencyInfo(string Code, string NameVi, string NameEn, string ProvinceCode, ImmutableArray<ProjectRole> Projects);
