using System.Collections.Immutable;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>The joint crime statistics (thống kê liên ngành) of a province for a period, reconciled.</summary>
/// <param name="ProvinceCode">The province.</param>
/// <param name="Period">The period, e.g. "2013".</param>
/// <param name="Rows">Each figure beside the case records.</param>
/// <param name="Discrepancies">Every difference, agency by agency; empty when the three sectors agree with the records.</param>
/// <param name="Version">Number of accepted submissions.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.ThreeSectorView")]
public sealed record ThreeSectorView(
    string ProvinceCode, string Period, ImmutableArray<SectorComparisonRow> Rows, ImmutableArray<StatisticsDiscrepancy> Discrepancies, long Version);
