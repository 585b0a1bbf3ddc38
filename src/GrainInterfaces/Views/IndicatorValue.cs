namespace AntiTrafficking.GrainInterfaces.Views;

/// <summary>One indicator of a scorecard for one period.</summary>
/// <param name="Code">IND-01 … IND-14.</param>
/// <param name="NameVi">The plan's own wording.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Project">The project (đề án) 1–3 it belongs to.</param>
/// <param name="Numerator">Summed numerator.</param>
/// <param name="Denominator">Summed denominator (0 means no data).</param>
/// <param name="Value">Percentage with one decimal; null when there is no data.</param>
/// <param name="Target">Target of the period, percentage with one decimal; null for a period that ends before the program starts.</param>
/// <param name="Status">Status computed from the exact value and target.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.IndicatorValue")]
public sealed record IndicatorValue(
    string Code, string NameVi, string NameEn, int Project, long Numerator, long Denominator, decimal? Value, decimal? Target, IndicatorStatus Status);
