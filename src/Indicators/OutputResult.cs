namespace AntiTrafficking.Indicators;

/// <summary>One figure shown without a target.</summary>
/// <param name="Code">The output code, e.g. "OUT-04".</param>
/// <param name="Key">For an output over a measure prefix, the suffix (e.g. "leaflet"); otherwise null.</param>
/// <param name="Value">The measure's total over the output's window for the period.</param>
public sealed record OutputResult(string Code, string? Key, long Value);
