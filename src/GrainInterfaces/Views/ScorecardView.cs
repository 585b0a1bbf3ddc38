using System.Collections.Immutable;

namespace AntiTrafficking.GrainInterfaces.Views;

/// <summary>The scorecard of a province, district or commune for one period.</summary>
/// <param name="Level">Administrative level.</param>
/// <param name="UnitCode">GSO code of the unit.</param>
/// <param name="NameVi">Unit name in Vietnamese (e.g. "Hạ Long").</param>
/// <param name="UnitType">city, town, district, ward, townlet, commune or province.</param>
/// <param name="Period">The period: "2013", "2013-H1" or "2013-Q2".</param>
/// <param name="Indicators">The indicators shown at this level.</param>
/// <param name="Outputs">Outputs without targets.</param>
/// <param name="Version">Monotonic version of the data the scorecard was computed from.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.ScorecardView")]
public sealed record ScorecardView(
    UnitLevel Level,
    string UnitCode,
    string NameVi,
    string UnitType,
    string Period,
    ImmutableArray<IndicatorValue> Indicators,
    ImmutableArray<OutputValue> Outputs,
    long Version);
