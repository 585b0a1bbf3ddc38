namespace AntiTrafficking.Indicators;

/// <summary>One measure read over a window, e.g. <c>surveys.aware</c> over the period.</summary>
public sealed class MeasureTerm : MeasureExpression
{
    /// <summary>A term; <paramref name="sign"/> is +1 or −1.</summary>
    /// <param name="measure">The measure name (see <see cref="Measures"/>).</param>
    /// <param name="window">Which changes count for a period.</param>
    /// <param name="sign">+1 to add the measure, −1 to subtract it.</param>
    /// <param name="perPeriodKind">True to read the variant of the measure for the period's kind (see <see cref="Measures.ForPeriodKind"/>).</param>
    public MeasureTerm(string measure, MeasureWindow window, int sign = 1, bool perPeriodKind = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(measure);
        if (!Enum.IsDefined(window))
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "Unknown measure window.");
        }

        if (sign is not (1 or -1))
        {
            throw new ArgumentOutOfRangeException(nameof(sign), sign, "The sign must be +1 or -1.");
        }

        Measure = measure;
        Window = window;
        Sign = sign;
        PerPeriodKind = perPeriodKind;
    }

    /// <summary>The measure name, without the period-kind suffix.</summary>
    public string Measure { get; }

    /// <summary>Which changes count for a period.</summary>
    public MeasureWindow Window { get; }

    /// <summary>+1 or −1.</summary>
    public int Sign { get; }

    /// <summary>True when the measure read is <c>{Measure}.year</c>, <c>.half</c> or <c>.quarter</c> after the period's kind.</summary>
    public bool PerPeriodKind { get; }

    /// <summary>The name of the measure read for a period of kind <paramref name="kind"/>.</summary>
    public string MeasureFor(PeriodKind kind) => PerPeriodKind ? Measures.ForPeriodKind(Measure, kind) : Measure;

    /// <inheritdoc />
    public override long Evaluate(MeasureSet measures, Period period)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(period);
        return checked(Sign * measures.Get(MeasureFor(period.Kind)).Total(Window, period));
    }

    /// <summary>E.g. "cases.tried@AsOfEnd" or "-cases.tried@BeforeStart".</summary>
    public override string ToString() =>
        $"{(Sign < 0 ? "-" : "")}{Measure}{(PerPeriodKind ? ".{kind}" : "")}@{Window}";
}
