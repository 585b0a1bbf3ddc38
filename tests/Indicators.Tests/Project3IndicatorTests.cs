namespace AntiTrafficking.Indicators.Tests;

/// <summary>IND-12 to IND-14 (returned victims) from hand-built measures, as cohorts by year, half and quarter.</summary>
public sealed class Project3IndicatorTests
{
    private static readonly MeasureSet _commune = SetOf(
        (Measures.PersonsReceived, Once(On(2013, 3, 31), On(2013, 4, 1), On(2013, 9, 15))),
        (Measures.PersonsVerified, Once(On(2013, 3, 31), On(2013, 9, 15))),
        (Measures.VictimsIdentified, Once(On(2014, 2, 1), On(2014, 7, 1))),
        (Measures.VictimsSupported, Once(On(2014, 2, 1), On(2014, 7, 1))),
        (Measures.VictimsLegalAid, Once(On(2014, 2, 1))));

    [Theory]
    [InlineData("2013", 2, 3, IndicatorStatus.Off)]
    [InlineData("2013-H1", 1, 2, IndicatorStatus.Off)]
    [InlineData("2013-H2", 1, 1, IndicatorStatus.Met)]
    [InlineData("2013-Q1", 1, 1, IndicatorStatus.Met)]
    [InlineData("2013-Q2", 0, 1, IndicatorStatus.Off)]
    [InlineData("2013-Q4", 0, 0, IndicatorStatus.NoData)]
    public void Ind12CountsPersonsReceivedInThePeriodWhoseVerificationIsConcluded(string period, long numerator, long denominator, IndicatorStatus status)
    {
        var result = RealProgram.Score("IND-12", ScopeLevel.Commune, _commune, Period.Parse(period));

        Assert.Equal((numerator, denominator, status), (result.Numerator, result.Denominator, result.Status));
    }

    [Fact]
    public void Ind13CountsVictimsIdentifiedInThePeriodWhoReceivedSupport()
    {
        var result = RealProgram.Score("IND-13", ScopeLevel.Commune, _commune, Period.OfYear(2014));

        Assert.Equal((2L, 2L, 100.0m, IndicatorStatus.Met), (result.Numerator, result.Denominator, result.DisplayValue, result.Status));
    }

    [Theory]
    [InlineData("2014", 1, 2, IndicatorStatus.Off)]
    [InlineData("2014-H1", 1, 1, IndicatorStatus.Met)]
    [InlineData("2014-H2", 0, 1, IndicatorStatus.Off)]
    public void Ind14CountsVictimsIdentifiedInThePeriodGivenFreeLegalAid(string period, long numerator, long denominator, IndicatorStatus status)
    {
        var result = RealProgram.Score("IND-14", ScopeLevel.Commune, _commune, Period.Parse(period));

        Assert.Equal((numerator, denominator, status), (result.Numerator, result.Denominator, result.Status));
    }
}
