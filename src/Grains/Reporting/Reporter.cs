using AntiTrafficking.GrainInterfaces.Reporting;

namespace AntiTrafficking.Grains.Reporting;

/// <summary>A district or agency that owes reports to the standing office.</summary>
public sealed record Reporter(ReporterKind Kind, string Code, string NameVi);
