namespace AntiTrafficking.Indicators;

/// <summary>One indicator (chỉ tiêu) of a program: what it counts, where it is shown and its targets.</summary>
public sealed class IndicatorDefinition
{
    internal IndicatorDefinition(
        string code,
        string nameVi,
        string nameEn,
        int project,
        IReadOnlyList<ScopeLevel> levels,
        MeasureExpression numerator,
        MeasureExpression denominator,
        IndicatorTarget target,
        IndicatorWording? wording = null,
        bool countsPeople = true)
    {
        Code = code;
        NameVi = nameVi;
        NameEn = nameEn;
        Project = project;
        Levels = levels;
        Numerator = numerator;
        Denominator = denominator;
        Target = target;
        Wording = wording;
        CountsPeople = countsPeople;
    }

    /// <summary>The code, e.g. "IND-01".</summary>
    public string Code { get; }

    /// <summary>The plan's own Vietnamese wording.</summary>
    public string NameVi { get; }

    /// <summary>The English name.</summary>
    public string NameEn { get; }

    /// <summary>The project (đề án) the indicator belongs to: 1, 2 or 3.</summary>
    public int Project { get; }

    /// <summary>The scorecard levels that show the indicator.</summary>
    public IReadOnlyList<ScopeLevel> Levels { get; }

    /// <summary>What is counted.</summary>
    public MeasureExpression Numerator { get; }

    /// <summary>What it is counted out of.</summary>
    public MeasureExpression Denominator { get; }

    /// <summary>The milestones and/or yearly target.</summary>
    public IndicatorTarget Target { get; }

    /// <summary>The written definition (optional "definition" of the program file), or null.</summary>
    public IndicatorWording? Wording { get; }

    /// <summary>
    /// False when its counts are of places or documents (communes, key areas, document–commune pairs), which no small
    /// count could tie to a person: public views then show them as they are (optional "countsPeople", default true).
    /// </summary>
    public bool CountsPeople { get; }

    /// <summary>True when scorecards at <paramref name="level"/> show the indicator.</summary>
    public bool AppliesTo(ScopeLevel level) => Levels.Contains(level);

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Numerator} / {Denominator}";
}
