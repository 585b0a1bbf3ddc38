namespace AntiTrafficking.Indicators.Tests;

/// <summary>Events land in the period of the date on which they happened, wherever the boundary and whenever recorded.</summary>
public sealed class PeriodBoundaryTests
{
    [Theory]
    [InlineData(3, 31, "2013-Q1")]
    [InlineData(4, 1, "2013-Q2")]
    [InlineData(6, 30, "2013-H1")]
    [InlineData(7, 1, "2013-H2")]
    [InlineData(12, 31, "2013-Q4")]
    [InlineData(12, 31, "2013-H2")]
    [InlineData(12, 31, "2013")]
    [InlineData(1, 1, "2013")]
    public void TipReceivedOnABoundaryDateCountsInThePeriodContainingIt(int month, int day, string period)
    {
        var commune = SetOf((Measures.TipsReceived, Once(On(2013, month, day))));

        var result = RealProgram.Score("IND-08", ScopeLevel.Commune, commune, Period.Parse(period));

        Assert.Equal(1, result.Denominator);
    }

    [Theory]
    [InlineData(3, 31, "2013-Q2")]
    [InlineData(4, 1, "2013-Q1")]
    [InlineData(6, 30, "2013-H2")]
    [InlineData(7, 1, "2013-H1")]
    [InlineData(12, 31, "2014-Q1")]
    public void TipReceivedOnABoundaryDateDoesNotCountInTheNeighbouringPeriod(int month, int day, string period)
    {
        var commune = SetOf((Measures.TipsReceived, Once(On(2013, month, day))));

        var result = RealProgram.Score("IND-08", ScopeLevel.Commune, commune, Period.Parse(period));

        Assert.Equal(IndicatorStatus.NoData, result.Status);
    }

    [Fact]
    public void BackDatedRecordLandsInItsOwnYearAndLeavesLaterYearsUnchanged()
    {
        var recordedFirst = SetOf(
            (Measures.PersonsReceived, Once(On(2013, 2, 1))),
            (Measures.PersonsVerified, Once(On(2013, 2, 1))));
        var backDated = SetOf((Measures.PersonsReceived, Once(On(2012, 11, 20))));

        var commune = recordedFirst.Add(backDated);

        var in2012 = RealProgram.Score("IND-12", ScopeLevel.Commune, commune, Period.OfYear(2012));
        var in2013 = RealProgram.Score("IND-12", ScopeLevel.Commune, commune, Period.OfYear(2013));
        Assert.Equal((0L, 1L), (in2012.Numerator, in2012.Denominator));
        Assert.Equal((1L, 1L, IndicatorStatus.Met), (in2013.Numerator, in2013.Denominator, in2013.Status));
    }

    [Fact]
    public void CumulativeIndicatorCountsEverythingUpToThePeriodEnd()
    {
        var commune = SetOf(
            (Measures.Communes, Always(1)),
            (Measures.LegalDocsIssued, Once(On(2012, 1, 10), On(2013, 3, 31))),
            (Measures.LegalDocsConveyedPairs, Once(On(2012, 3, 1), On(2013, 4, 1))));

        var firstQuarter = RealProgram.Score("IND-01", ScopeLevel.Commune, commune, Period.OfQuarter(2013, 1));
        var secondQuarter = RealProgram.Score("IND-01", ScopeLevel.Commune, commune, Period.OfQuarter(2013, 2));

        Assert.Equal((1L, 2L), (firstQuarter.Numerator, firstQuarter.Denominator));
        Assert.Equal((2L, 2L), (secondQuarter.Numerator, secondQuarter.Denominator));
    }
}
