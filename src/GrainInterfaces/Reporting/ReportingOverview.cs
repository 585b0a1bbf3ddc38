using System.Collections.Immutable;

namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>The reporting regime of a province at a glance: every period of the program and every reporter's record.</summary>
/// <param name="ProvinceCode">The province.</param>
/// <param name="StandingOffice">The agency that receives, consolidates and approves (CA).</param>
/// <param name="Today">The date the overview was computed for.</param>
/// <param name="Periods">Every period of the program, in order of deadline.</param>
/// <param name="Reporters">Every reporter's completeness and timeliness over the periods already due.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Reporting.ReportingOverview")]
public sealed record ReportingOverview(
    string ProvinceCode, string StandingOffice, DateOnly Today, ImmutableArray<PeriodSummary> Periods, ImmutableArray<ReporterRecord> Reporters);
