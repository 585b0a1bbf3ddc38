using System.Numerics;

namespace AntiTrafficking.Indicators;

/// <summary>
/// An exact rational number, always kept in lowest terms with a positive denominator.
/// Indicator values and targets are fractions so that statuses compare exact values:
/// 85 × 15/27 % is a fraction, and only its display is rounded.
/// </summary>
public readonly struct Fraction : IEquatable<Fraction>, IComparable<Fraction>
{
    // default(Fraction) has a zero denominator field; the properties read it as 0/1.
    private readonly BigInteger _numerator;
    private readonly BigInteger _denominator;

    private Fraction(BigInteger numerator, BigInteger denominator)
    {
        _numerator = numerator;
        _denominator = denominator;
    }

    /// <summary>Zero.</summary>
    public static Fraction Zero => new(BigInteger.Zero, BigInteger.One);

    /// <summary>The numerator in lowest terms; carries the sign.</summary>
    public BigInteger Numerator => _numerator;

    /// <summary>The denominator in lowest terms; always positive.</summary>
    public BigInteger Denominator => _denominator.IsZero ? BigInteger.One : _denominator;

    /// <summary>The fraction <paramref name="numerator"/> / <paramref name="denominator"/>, normalised.</summary>
    /// <exception cref="DivideByZeroException">The denominator is zero.</exception>
    public static Fraction Of(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("A fraction cannot have a zero denominator.");
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);
        return new Fraction(numerator / divisor, denominator / divisor);
    }

    /// <summary>The exact value of a decimal, e.g. 92.5 becomes 185/2.</summary>
    public static Fraction FromDecimal(decimal value)
    {
        var bits = decimal.GetBits(value);
        var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0;
        return Of(negative ? -mantissa : mantissa, BigInteger.Pow(10, scale));
    }

    /// <summary>A whole number as a fraction.</summary>
    public static implicit operator Fraction(long value) => new(value, BigInteger.One);

    /// <summary>Sum.</summary>
    public static Fraction operator +(Fraction left, Fraction right) =>
        Of(left.Numerator * right.Denominator + right.Numerator * left.Denominator, left.Denominator * right.Denominator);

    /// <summary>Difference.</summary>
    public static Fraction operator -(Fraction left, Fraction right) =>
        Of(left.Numerator * right.Denominator - right.Numerator * left.Denominator, left.Denominator * right.Denominator);

    /// <summary>Product.</summary>
    public static Fraction operator *(Fraction left, Fraction right) =>
        Of(left.Numerator * right.Numerator, left.Denominator * right.Denominator);

    /// <summary>Quotient.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static Fraction operator /(Fraction left, Fraction right) =>
        Of(left.Numerator * right.Denominator, left.Denominator * right.Numerator);

    /// <summary>Exact equality.</summary>
    public static bool operator ==(Fraction left, Fraction right) => left.Equals(right);

    /// <summary>Exact inequality.</summary>
    public static bool operator !=(Fraction left, Fraction right) => !left.Equals(right);

    /// <summary>Exact comparison.</summary>
    public static bool operator <(Fraction left, Fraction right) => left.CompareTo(right) < 0;

    /// <summary>Exact comparison.</summary>
    public static bool operator <=(Fraction left, Fraction right) => left.CompareTo(right) <= 0;

    /// <summary>Exact comparison.</summary>
    public static bool operator >(Fraction left, Fraction right) => left.CompareTo(right) > 0;

    /// <summary>Exact comparison.</summary>
    public static bool operator >=(Fraction left, Fraction right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// The value rounded to <paramref name="decimals"/> places, halves away from zero
    /// (47.25 becomes 47.3, −47.25 becomes −47.3). For display only: never compare rounded values.
    /// </summary>
    public decimal Round(int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 28);

        var scaled = BigInteger.Abs(Numerator) * BigInteger.Pow(10, decimals);
        var quotient = BigInteger.DivRem(scaled, Denominator, out var remainder);
        if (remainder * 2 >= Denominator)
        {
            quotient += 1;
        }

        var rounded = (decimal)quotient / (decimal)BigInteger.Pow(10, decimals);
        return Numerator.Sign < 0 ? -rounded : rounded;
    }

    /// <inheritdoc />
    public int CompareTo(Fraction other) =>
        (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <inheritdoc />
    public bool Equals(Fraction other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Fraction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>"n" for a whole number, otherwise "n/d", e.g. "425/9".</summary>
    public override string ToString() => Denominator.IsOne ? $"{Numerator}" : $"{Numerator}/{Denominator}";
}
