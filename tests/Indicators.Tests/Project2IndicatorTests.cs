namespace AntiTrafficking.Indicators.Tests;

/// <summary>IND-07 to IND-11 (fighting trafficking crime) from hand-built measures.</summary>
public sealed class Project2IndicatorTests
{
    [Fact]
    public void Ind07ReadsTheMeasuredSeriesOfThePeriodsKind()
    {
        // Area 1 designated Mar 2012, measure in Feb 2013; area 2 designated May 2013, measure in Aug 2013.
        var district = SetOf(
            (Measures.KeyAreasDesignated, Once(On(2012, 3, 1), On(2013, 5, 1))),
            (Measures.ForPeriodKind(Measures.KeyAreasMeasured, PeriodKind.Year), Changes((On(2013, 1, 1), 2))),
            (Measures.ForPeriodKind(Measures.KeyAreasMeasured, PeriodKind.Half), Once(On(2013, 1, 1), On(2013, 7, 1))),
            (Measures.ForPeriodKind(Measures.KeyAreasMeasured, PeriodKind.Quarter), Once(On(2013, 1, 1), On(2013, 7, 1))));

        var year = RealProgram.Score("IND-07", ScopeLevel.District, district, Period.OfYear(2013));
        var secondHalf = RealProgram.Score("IND-07", ScopeLevel.District, district, Period.OfHalf(2013, 2));
        var firstQuarter = RealProgram.Score("IND-07", ScopeLevel.District, district, Period.OfQuarter(2013, 1));
        var secondQuarter = RealProgram.Score("IND-07", ScopeLevel.District, district, Period.OfQuarter(2013, 2));

        Assert.Equal((2L, 2L, IndicatorStatus.Met), (year.Numerator, year.Denominator, year.Status));
        Assert.Equal((1L, 2L, 50.0m, IndicatorStatus.Off), (secondHalf.Numerator, secondHalf.Denominator, secondHalf.DisplayValue, secondHalf.Status));
        Assert.Equal((1L, 1L, IndicatorStatus.Met), (firstQuarter.Numerator, firstQuarter.Denominator, firstQuarter.Status));
        Assert.Equal((0L, 2L, IndicatorStatus.Off), (secondQuarter.Numerator, secondQuarter.Denominator, secondQuarter.Status));
    }

    [Fact]
    public void Ind08CountsTipsReceivedInThePeriodThatHaveBeenClassified()
    {
        var commune = SetOf(
            (Measures.TipsReceived, Once(On(2013, 2, 1), On(2013, 5, 1), On(2013, 11, 30))),
            (Measures.TipsClassified, Once(On(2013, 2, 1), On(2013, 5, 1))));

        var year = RealProgram.Score("IND-08", ScopeLevel.Commune, commune, Period.OfYear(2013));
        var fourthQuarter = RealProgram.Score("IND-08", ScopeLevel.Commune, commune, Period.OfQuarter(2013, 4));

        Assert.Equal((2L, 3L, 66.7m, 100.0m, IndicatorStatus.Off), (year.Numerator, year.Denominator, year.DisplayValue, year.DisplayTarget, year.Status));
        Assert.Equal((0L, 1L, IndicatorStatus.Off), (fourthQuarter.Numerator, fourthQuarter.Denominator, fourthQuarter.Status));
    }

    [Fact]
    public void Ind09CountsTipsWithSignsOfCrimeWhoseVerificationIsConcluded()
    {
        var commune = SetOf(
            (Measures.TipsWithSigns, Once(On(2013, 2, 1), On(2013, 5, 1))),
            (Measures.TipsWithSignsVerified, Once(On(2013, 5, 1))));

        var year = RealProgram.Score("IND-09", ScopeLevel.Commune, commune, Period.OfYear(2013));
        var secondQuarter = RealProgram.Score("IND-09", ScopeLevel.Commune, commune, Period.OfQuarter(2013, 2));

        Assert.Equal((1L, 2L, 50.0m, IndicatorStatus.Off), (year.Numerator, year.Denominator, year.DisplayValue, year.Status));
        Assert.Equal((1L, 1L, 100.0m, IndicatorStatus.Met), (secondQuarter.Numerator, secondQuarter.Denominator, secondQuarter.DisplayValue, secondQuarter.Status));
    }

    [Fact]
    public void Ind10CaseProsecutedIn2012AndTriedIn2013IsDueIn2013AndTriedThenNotIn2012()
    {
        var commune = SetOf((Measures.CasesProsecuted, Once(On(2012, 5, 1))), (Measures.CasesTried, Once(On(2013, 3, 1))));

        var in2012 = RealProgram.Score("IND-10", ScopeLevel.Commune, commune, Period.OfYear(2012));
        var in2013 = RealProgram.Score("IND-10", ScopeLevel.Commune, commune, Period.OfYear(2013));

        Assert.Equal((0L, 1L, IndicatorStatus.Off), (in2012.Numerator, in2012.Denominator, in2012.Status));
        Assert.Equal((1L, 1L, 100.0m, IndicatorStatus.Met), (in2013.Numerator, in2013.Denominator, in2013.DisplayValue, in2013.Status));
    }

    [Fact]
    public void Ind10CaseTriedIn2012IsNotDueIn2013()
    {
        var commune = SetOf((Measures.CasesProsecuted, Once(On(2012, 2, 1))), (Measures.CasesTried, Once(On(2012, 6, 1))));

        var in2012 = RealProgram.Score("IND-10", ScopeLevel.Commune, commune, Period.OfYear(2012));
        var in2013 = RealProgram.Score("IND-10", ScopeLevel.Commune, commune, Period.OfYear(2013));

        Assert.Equal((1L, 1L, IndicatorStatus.Met), (in2012.Numerator, in2012.Denominator, in2012.Status));
        Assert.Equal((0L, 0L, IndicatorStatus.NoData), (in2013.Numerator, in2013.Denominator, in2013.Status));
    }

    [Fact]
    public void Ind10CarriedOverAndNewCasesShareTheYear()
    {
        // Case A: prosecuted 2012, tried 2013. Case B: prosecuted and tried 2012. Case C: prosecuted 2013, not yet tried.
        var commune = SetOf(
            (Measures.CasesProsecuted, Once(On(2012, 5, 1), On(2012, 2, 1), On(2013, 10, 1))),
            (Measures.CasesTried, Once(On(2013, 3, 1), On(2012, 6, 1))));

        var in2012 = RealProgram.Score("IND-10", ScopeLevel.Commune, commune, Period.OfYear(2012));
        var in2013 = RealProgram.Score("IND-10", ScopeLevel.Commune, commune, Period.OfYear(2013));

        Assert.Equal((1L, 2L, 50.0m), (in2012.Numerator, in2012.Denominator, in2012.DisplayValue));
        Assert.Equal((1L, 2L, 50.0m), (in2013.Numerator, in2013.Denominator, in2013.DisplayValue));
    }

    [Theory]
    [InlineData(19, IndicatorStatus.Met)]
    [InlineData(18, IndicatorStatus.Near)]
    public void Ind10InAQuarterIsJudgedAgainstTheYearlyNinetyFive(long tried, IndicatorStatus expected)
    {
        var commune = SetOf(
            (Measures.CasesProsecuted, Changes((On(2013, 1, 15), 20))),
            (Measures.CasesTried, Changes((On(2013, 3, 10), tried))));

        var result = RealProgram.Score("IND-10", ScopeLevel.Commune, commune, Period.OfQuarter(2013, 1));

        Assert.Equal((Fraction)95, result.Target);
        Assert.Equal(20, result.Denominator);
        Assert.Equal(expected, result.Status);
    }

    [Fact]
    public void Ind11CountsJudgmentsInForceInThePeriodThatWereNotOverturned()
    {
        var province = SetOf(
            (Measures.JudgmentsInForce, Once(On(2014, 1, 10), On(2014, 4, 10), On(2014, 8, 10), On(2014, 12, 31))),
            (Measures.JudgmentsInForceSound, Once(On(2014, 1, 10), On(2014, 4, 10), On(2014, 12, 31))));

        var result = RealProgram.Score("IND-11", ScopeLevel.Province, province, Period.OfYear(2014));

        Assert.Equal((3L, 4L, 75.0m, IndicatorStatus.Off), (result.Numerator, result.Denominator, result.DisplayValue, result.Status));
    }
}
