using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>Every scorecard of a province for a period as it stood when the period closed; never changes afterwards.</summary>
/// <param name="ProvinceCode">The province.</param>
/// <param name="Period">The period.</param>
/// <param name="ClosedOn">The calendar date of the close (Vietnam).</param>
/// <param name="Province">The province scorecard.</param>
/// <param name="Districts">Every district's scorecard, in GSO order.</param>
/// <param name="Communes">Every commune's scorecard, by district then GSO order.</param>
/// <param name="ThreeSector">The joint crime statistics of the period.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Reporting.PeriodSnapshot")]
public sealed record PeriodSnapshot(
    string ProvinceCode,
    string Period,
    DateOnly ClosedOn,
    ScorecardView Province,
    ImmutableArray<ScorecardView> Districts,
    ImmutableArray<ScorecardView> Communes,
    ThreeSectorView ThreeSector);
