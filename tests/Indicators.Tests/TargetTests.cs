namespace AntiTrafficking.Indicators.Tests;

/// <summary>The plan's target rule, including every worked example of program.md.</summary>
public sealed class TargetTests
{
    [Fact]
    public void Ind01TargetIn2012IsTheTrajectoryFifteenTwentySevenths()
    {
        var target = RealProgram.Target("IND-01", Period.OfYear(2012));

        Assert.Equal(Fraction.Of(85 * 15, 27), target);
        Assert.Equal(47.2m, target?.Round(1));
    }

    [Fact]
    public void Ind01TargetIn2014IsHalfwayFromEightyFiveToOneHundred()
    {
        var target = RealProgram.Target("IND-01", Period.OfYear(2014));

        Assert.Equal(85 + 15 * Fraction.Of(12, 24), target);
        Assert.Equal(92.5m, target?.Round(1));
    }

    [Fact]
    public void Ind01TargetInTheSecondQuarterOf2013IsTheTrajectoryTwentyOneTwentySevenths()
    {
        var target = RealProgram.Target("IND-01", Period.OfQuarter(2013, 2));

        Assert.Equal(Fraction.Of(85 * 21, 27), target);
        Assert.Equal(66.1m, target?.Round(1));
    }

    [Theory]
    [InlineData("2013")]
    [InlineData("2013-H2")]
    [InlineData("2013-Q4")]
    public void PeriodEndingOnAMilestonesYearEndHasTheMilestone(string period)
    {
        Assert.Equal((Fraction)85, RealProgram.Target("IND-01", Period.Parse(period)));
    }

    [Theory]
    [InlineData("2016")]
    [InlineData("2016-Q1")]
    [InlineData("2020-H1")]
    public void AfterTheLastMilestoneTheLastMilestoneHolds(string period)
    {
        Assert.Equal((Fraction)100, RealProgram.Target("IND-01", Period.Parse(period)));
        Assert.Equal((Fraction)85, RealProgram.Target("IND-03", Period.Parse(period)));
    }

    [Fact]
    public void PeriodOf2011ClimbsThreeMonthsFromTheProgramStart()
    {
        Assert.Equal(Fraction.Of(85 * 3, 27), RealProgram.Target("IND-01", Period.OfYear(2011)));
    }

    [Theory]
    [InlineData("IND-01")]
    [InlineData("IND-10")]
    public void PeriodEndingOnTheProgramStartHasTargetZero(string code)
    {
        Assert.Equal(Fraction.Zero, RealProgram.Target(code, Period.OfQuarter(2011, 3)));
    }

    [Theory]
    [InlineData("IND-01", "2011-Q1")]
    [InlineData("IND-01", "2011-Q2")]
    [InlineData("IND-01", "2011-H1")]
    [InlineData("IND-01", "2010")]
    [InlineData("IND-10", "2011-Q2")]
    public void PeriodEndingBeforeTheProgramStartHasNoTarget(string code, string period)
    {
        Assert.Null(RealProgram.Target(code, Period.Parse(period)));
    }

    [Theory]
    [InlineData("2013")]
    [InlineData("2013-H1")]
    [InlineData("2013-Q2")]
    [InlineData("2016-Q3")]
    public void Ind10YearlyTargetOfNinetyFiveAppliesToEveryYearHalfAndQuarter(string period)
    {
        Assert.Equal((Fraction)95, RealProgram.Target("IND-10", Period.Parse(period)));
    }

    [Fact]
    public void Ind03TargetIn2014IsThirtyNineFiftyFirstsOfEightyFive()
    {
        Assert.Equal((Fraction)65, RealProgram.Target("IND-03", Period.OfYear(2014)));
    }

    [Fact]
    public void Ind02TargetBeforeItsFirstMilestoneClimbsFromZeroAtTheProgramStart()
    {
        // Sep 2011 to Jun 2012 is 9 of the 15 months to the end of 2012.
        Assert.Equal((Fraction)60, RealProgram.Target("IND-02", Period.OfQuarter(2012, 2)));
        Assert.Equal((Fraction)100, RealProgram.Target("IND-02", Period.OfQuarter(2013, 1)));
    }

    [Fact]
    public void TrajectoryBetweenEqualMilestonesIsFlat()
    {
        Assert.Equal((Fraction)100, RealProgram.Target("IND-04", Period.OfHalf(2014, 1)));
    }
}
