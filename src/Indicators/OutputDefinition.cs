namespace AntiTrafficking.Indicators;

/// <summary>
/// A figure shown without a target: one measure, or every measure under a prefix
/// (one row per suffix, e.g. <c>materials.quantity.</c> gives a row per material kind).
/// </summary>
public sealed class OutputDefinition
{
    internal OutputDefinition(string code, string nameVi, string nameEn, int project, string? measure, string? measurePrefix, MeasureWindow window)
    {
        Code = code;
        NameVi = nameVi;
        NameEn = nameEn;
        Project = project;
        Measure = measure;
        MeasurePrefix = measurePrefix;
        Window = window;
    }

    /// <summary>The code, e.g. "OUT-04".</summary>
    public string Code { get; }

    /// <summary>The Vietnamese name.</summary>
    public string NameVi { get; }

    /// <summary>The English name.</summary>
    public string NameEn { get; }

    /// <summary>The project (đề án) the figure belongs to.</summary>
    public int Project { get; }

    /// <summary>The measure shown, or null when <see cref="MeasurePrefix"/> is set.</summary>
    public string? Measure { get; }

    /// <summary>The prefix of the measures shown, or null when <see cref="Measure"/> is set.</summary>
    public string? MeasurePrefix { get; }

    /// <summary>Which changes count for a period.</summary>
    public MeasureWindow Window { get; }
}
