namespace AntiTrafficking.Indicators;

/// <summary>The sum of expressions, e.g. IND-10's cases due for trial.</summary>
public sealed class MeasureSum : MeasureExpression
{
    /// <summary>The sum of <paramref name="terms"/> (at least one).</summary>
    public MeasureSum(IEnumerable<MeasureExpression> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Terms = Array.AsReadOnly(terms.ToArray());
        if (Terms.Count == 0)
        {
            throw new ArgumentException("A sum needs at least one term.", nameof(terms));
        }
    }

    /// <summary>The expressions added.</summary>
    public IReadOnlyList<MeasureExpression> Terms { get; }

    /// <inheritdoc />
    public override long Evaluate(MeasureSet measures, Period period) =>
        Terms.Aggregate(0L, (sum, term) => checked(sum + term.Evaluate(measures, period)));

    /// <summary>E.g. "sum(cases.prosecuted@AsOfEnd, -cases.tried@BeforeStart)".</summary>
    public override string ToString() => $"sum({string.Join(", ", Terms)})";
}
