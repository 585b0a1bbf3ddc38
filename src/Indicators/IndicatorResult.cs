namespace AntiTrafficking.Indicators;

/// <summary>One indicator of a scorecard for one scope and period.</summary>
/// <param name="Code">The indicator code, e.g. "IND-01".</param>
/// <param name="Numerator">What was counted.</param>
/// <param name="Denominator">What it was counted out of.</param>
/// <param name="Value">Numerator × 100 / denominator exactly; null when the denominator is zero.</param>
/// <param name="DisplayValue">The value rounded to one decimal (halves away from zero); null when there is no value.</param>
/// <param name="Target">The exact target percentage for the period; null when the period ends before the program starts.</param>
/// <param name="DisplayTarget">The target rounded to one decimal; null when there is no target.</param>
/// <param name="Status">The exact value compared with the exact target; <see cref="IndicatorStatus.BeforeProgram"/> when there is no target.</param>
public sealed record IndicatorResult(
    string Code,
    long Numerator,
    long Denominator,
    Fraction? Value,
    decimal? DisplayValue,
    Fraction? Target,
    decimal? DisplayTarget,
    IndicatorStatus Status);
