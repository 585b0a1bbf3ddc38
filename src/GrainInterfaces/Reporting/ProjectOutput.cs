namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>A province output of a period, by project, at close and now.</summary>
/// <param name="Project">The project (đề án) 1–3.</param>
/// <param name="Code">OUT-…</param>
/// <param name="Key">Breakdown key, or null.</param>
/// <param name="NameVi">Vietnamese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="AtClose">The value in the close snapshot, or null before the close.</param>
/// <param name="Current">The live value.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Reporting.ProjectOutput")]
public sealed record ProjectOutput(int Project, string Code, string? Key, string NameVi, string NameEn, long? AtClose, long Current);
