namespace AntiTrafficking.Indicators.Tests;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2013", PeriodKind.Year, 1)]
    [InlineData("2013-H1", PeriodKind.Half, 1)]
    [InlineData("2013-h2", PeriodKind.Half, 2)]
    [InlineData("2013-Q2", PeriodKind.Quarter, 2)]
    [InlineData("2013-q4", PeriodKind.Quarter, 4)]
    public void YearsHalvesAndQuartersParseInEitherCase(string text, PeriodKind kind, int number)
    {
        var period = Period.Parse(text);

        Assert.Equal(kind, period.Kind);
        Assert.Equal(2013, period.Year);
        Assert.Equal(number, period.Number);
        Assert.Equal(text.ToUpperInvariant(), period.ToString());
    }

    [Theory]
    [InlineData("2013-Q5")]
    [InlineData("2013-H3")]
    [InlineData("2013-Q0")]
    [InlineData("13")]
    [InlineData("")]
    [InlineData("2013-X1")]
    [InlineData("2013Q1")]
    [InlineData("2013-Q")]
    [InlineData(" 2013")]
    [InlineData("0000")]
    [InlineData("2013-Q12")]
    public void MalformedPeriodTextIsRefusedWithTheFormsExpected(string text)
    {
        var error = Assert.Throws<FormatException>(() => Period.Parse(text));

        Assert.Contains($"'{text}' is not a period", error.Message);
        Assert.Contains("2013-H1", error.Message);
        Assert.False(Period.TryParse(text, out _));
    }

    [Fact]
    public void QuarterOneEndsOnTheThirtyFirstOfMarchAndQuarterTwoStartsOnTheFirstOfApril()
    {
        Assert.Equal(On(2013, 3, 31), Period.OfQuarter(2013, 1).End);
        Assert.Equal(On(2013, 4, 1), Period.OfQuarter(2013, 2).Start);
        Assert.True(Period.OfQuarter(2013, 1).Contains(On(2013, 3, 31)));
        Assert.False(Period.OfQuarter(2013, 2).Contains(On(2013, 3, 31)));
    }

    [Fact]
    public void HalvesSplitTheYearAtTheEndOfJune()
    {
        Assert.Equal((On(2013, 1, 1), On(2013, 6, 30)), (Period.OfHalf(2013, 1).Start, Period.OfHalf(2013, 1).End));
        Assert.Equal((On(2013, 7, 1), On(2013, 12, 31)), (Period.OfHalf(2013, 2).Start, Period.OfHalf(2013, 2).End));
    }

    [Fact]
    public void YearRunsFromTheFirstOfJanuaryToTheThirtyFirstOfDecember()
    {
        Assert.Equal((On(2012, 1, 1), On(2012, 12, 31)), (Period.OfYear(2012).Start, Period.OfYear(2012).End));
    }

    [Fact]
    public void PeriodsWithTheSameKindYearAndNumberAreEqual()
    {
        Assert.Equal(Period.OfQuarter(2013, 2), Period.Parse("2013-q2"));
        Assert.NotEqual(Period.OfQuarter(2013, 2), Period.OfHalf(2013, 2));
    }

    [Fact]
    public void FactoriesRefuseNumbersOutsideTheYear()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.OfQuarter(2013, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.OfHalf(2013, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.OfYear(10000));
    }
}
