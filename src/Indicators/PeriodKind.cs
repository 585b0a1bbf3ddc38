namespace AntiTrafficking.Indicators;

/// <summary>The reporting periods: years, halves (6 tháng) and quarters.</summary>
public enum PeriodKind
{
    /// <summary>A calendar year.</summary>
    Year,

    /// <summary>January–June (H1) or July–December (H2).</summary>
    Half,

    /// <summary>A calendar quarter, Q1–Q4.</summary>
    Quarter,
}
