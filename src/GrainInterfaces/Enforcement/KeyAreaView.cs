using System.Collections.Immutable;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>A key route or area and the measures applied in it.</summary>
/// <param name="AreaId">Its identifier (the grain key without the province).</param>
/// <param name="UnitCode">The district or commune it lies in.</param>
/// <param name="Kind">Route or area.</param>
/// <param name="Name">Its name.</param>
/// <param name="DesignatedOn">Date designated.</param>
/// <param name="MeasuresAppliedOn">Dates of the measures applied, in date order.</param>
/// <param name="History">Every accepted step with its date and actor.</param>
/// <param name="Version">Number of accepted commands.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.KeyAreaView")]
public sealed record KeyAreaView(
    string AreaId,
    string UnitCode,
    KeyAreaKind Kind,
    string Name,
    DateOnly DesignatedOn,
    ImmutableArray<DateOnly> MeasuresAppliedOn,
    ImmutableArray<LifecycleStep> History,
    long Version);
