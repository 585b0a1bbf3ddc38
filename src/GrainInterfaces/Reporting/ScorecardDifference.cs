using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>An indicator whose live figures differ from the close snapshot (back-dated records arrived after the close).</summary>
/// <param name="Level">Province, district or commune.</param>
/// <param name="UnitCode">GSO code.</param>
/// <param name="UnitName">Unit name.</param>
/// <param name="IndicatorCode">IND-01…</param>
/// <param name="AtClose">The indicator at close.</param>
/// <param name="Current">The indicator now.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Reporting.ScorecardDifference")]
public sealed record ScorecardDifference(UnitLevel Level, string UnitCode, string UnitName, string IndicatorCode, IndicatorValue AtClose, IndicatorValue Current);
