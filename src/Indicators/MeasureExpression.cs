namespace AntiTrafficking.Indicators;

/// <summary>
/// An indicator's numerator or denominator: a <see cref="MeasureTerm"/>, a <see cref="MeasureSum"/>
/// or a <see cref="MeasureProduct"/>, read from the program file.
/// </summary>
public abstract class MeasureExpression
{
    // Closed hierarchy: the three node kinds are all the program file can express.
    private protected MeasureExpression()
    {
    }

    /// <summary>The whole-number value of the expression for <paramref name="period"/>.</summary>
    /// <exception cref="OverflowException">The value does not fit in a long.</exception>
    public abstract long Evaluate(MeasureSet measures, Period period);
}
