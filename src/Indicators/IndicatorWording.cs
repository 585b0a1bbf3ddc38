namespace AntiTrafficking.Indicators;

/// <summary>An indicator's written definition as the specification gives it, in Vietnamese and English (shown, not computed).</summary>
/// <param name="NumeratorVi">What is counted, in Vietnamese.</param>
/// <param name="NumeratorEn">What is counted, in English.</param>
/// <param name="DenominatorVi">What it is counted out of, in Vietnamese.</param>
/// <param name="DenominatorEn">What it is counted out of, in English.</param>
/// <param name="PeriodRuleVi">How a period is counted, in Vietnamese.</param>
/// <param name="PeriodRuleEn">How a period is counted, in English.</param>
public sealed record IndicatorWording(
    string NumeratorVi, string NumeratorEn, string DenominatorVi, string DenominatorEn, string PeriodRuleVi, string PeriodRuleEn);
