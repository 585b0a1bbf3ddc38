namespace AntiTrafficking.Indicators.Tests;

public sealed class FractionTests
{
    [Fact]
    public void FractionsAreKeptInLowestTermsWithAPositiveDenominator()
    {
        var fraction = Fraction.Of(6, -4);

        Assert.Equal(-3, fraction.Numerator);
        Assert.Equal(2, fraction.Denominator);
        Assert.Equal("-3/2", fraction.ToString());
    }

    [Fact]
    public void DecimalsConvertExactly()
    {
        Assert.Equal(Fraction.Of(185, 2), Fraction.FromDecimal(92.5m));
        Assert.Equal((Fraction)85, Fraction.FromDecimal(85m));
        Assert.Equal(Fraction.Of(-1, 1000), Fraction.FromDecimal(-0.001m));
    }

    [Theory]
    [InlineData(4725, 100, 47.3)]
    [InlineData(-4725, 100, -47.3)]
    [InlineData(4724, 100, 47.2)]
    [InlineData(1275, 27, 47.2)]
    [InlineData(2, 3, 0.7)]
    public void RoundingToOneDecimalTakesHalvesAwayFromZero(long numerator, long denominator, double expected)
    {
        Assert.Equal((decimal)expected, Fraction.Of(numerator, denominator).Round(1));
    }

    [Fact]
    public void ComparisonIsExactEvenWhenTheRoundedValuesAreEqual()
    {
        var trajectory = Fraction.Of(85 * 15, 27);
        var value = Fraction.Of(472, 10);

        Assert.Equal(trajectory.Round(1), value.Round(1));
        Assert.True(value < trajectory);
    }

    [Fact]
    public void ArithmeticIsExact()
    {
        Assert.Equal(Fraction.Of(185, 2), 85 + (Fraction)15 * Fraction.Of(12, 24));
        Assert.Equal(Fraction.Of(1, 6), Fraction.Of(1, 2) - Fraction.Of(1, 3));
        Assert.Equal(Fraction.Of(3, 2), Fraction.Of(1, 2) / Fraction.Of(1, 3));
    }

    [Fact]
    public void ZeroDenominatorIsRefused()
    {
        Assert.Throws<DivideByZeroException>(() => Fraction.Of(1, 0));
    }

    [Fact]
    public void DefaultFractionIsZero()
    {
        Assert.Equal(Fraction.Zero, default);
        Assert.Equal(0m, default(Fraction).Round(1));
    }
}
