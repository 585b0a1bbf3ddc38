using System.Collections.Immutable;

namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>One reporter over every period whose deadline has passed.</summary>
/// <param name="Kind">District or agency.</param>
/// <param name="ReporterCode">GSO code or agency code.</param>
/// <param name="NameVi">Name.</param>
/// <param name="Tally">Reports owed so far, received and on time.</param>
/// <param name="OverduePeriods">Periods with nothing received after the deadline.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Reporting.ReporterRecord")]
public sealed record ReporterRecord(ReporterKind Kind, string ReporterCode, string NameVi, Tally Tally, ImmutableArray<string> OverduePeriods);
