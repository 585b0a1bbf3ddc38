namespace AntiTrafficking.Indicators;

/// <summary>The product of expressions, e.g. IND-01's documents issued × communes in scope.</summary>
public sealed class MeasureProduct : MeasureExpression
{
    /// <summary>The product of <paramref name="factors"/> (at least one).</summary>
    public MeasureProduct(IEnumerable<MeasureExpression> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        Factors = Array.AsReadOnly(factors.ToArray());
        if (Factors.Count == 0)
        {
            throw new ArgumentException("A product needs at least one factor.", nameof(factors));
        }
    }

    /// <summary>The expressions multiplied.</summary>
    public IReadOnlyList<MeasureExpression> Factors { get; }

    /// <inheritdoc />
    public override long Evaluate(MeasureSet measures, Period period) =>
        Factors.Aggregate(1L, (product, factor) => checked(product * factor.Evaluate(measures, period)));

    /// <summary>E.g. "product(legalDocs.issued@AsOfEnd, units.communes@AsOfEnd)".</summary>
    public override string ToString() => $"product({string.Join(", ", Factors)})";
}
