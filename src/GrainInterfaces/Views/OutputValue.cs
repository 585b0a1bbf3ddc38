namespace AntiTrafficking.GrainInterfaces.Views;

/// <summary>An output shown without a target (materials delivered, active reporters…).</summary>
/// <param name="Code">Output code from the program file.</param>
/// <param name="Key">Breakdown key (e.g. a material kind), or null.</param>
/// <param name="NameVi">Vietnamese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Value">The count for the period.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.OutputValue")]
public sealed record OutputValue(string Code, string? Key, string NameVi, string NameEn, long Value);
