namespace AntiTrafficking.Indicators.Tests;

/// <summary>Statuses compare the exact value with the exact target, never the rounded ones.</summary>
public sealed class StatusTests
{
    [Fact]
    public void ValueExactlyOnThe2012TrajectoryIsMetThoughBothRoundTo47Point2()
    {
        // 17 of 4 documents × 9 communes: 1700/36 % = 425/9 % = 85 × 15/27 %.
        var commune = IssuedDocumentsAndCommunes(documents: 4, communes: 9, conveyedPairs: 17);

        var result = RealProgram.Score("IND-01", ScopeLevel.District, commune, Period.OfYear(2012));

        Assert.Equal(result.Target, result.Value);
        Assert.Equal((47.2m, 47.2m), (result.DisplayValue, result.DisplayTarget));
        Assert.Equal(IndicatorStatus.Met, result.Status);
    }

    [Fact]
    public void ValueThatRoundsToTheTargetButIsBelowItIsNear()
    {
        var commune = IssuedDocumentsAndCommunes(documents: 10, communes: 100, conveyedPairs: 472);

        var result = RealProgram.Score("IND-01", ScopeLevel.District, commune, Period.OfYear(2012));

        Assert.Equal(result.DisplayTarget, result.DisplayValue);
        Assert.Equal(IndicatorStatus.Near, result.Status);
    }

    [Theory]
    [InlineData(850, IndicatorStatus.Met)]
    [InlineData(849, IndicatorStatus.Near)]
    [InlineData(750, IndicatorStatus.Near)]
    [InlineData(749, IndicatorStatus.Off)]
    [InlineData(0, IndicatorStatus.Off)]
    public void StatusAgainstTheTargetOfEightyFive(long aware, IndicatorStatus expected)
    {
        var commune = SetOf(
            (Measures.SurveyAware, Changes((On(2015, 6, 1), aware))),
            (Measures.SurveyRespondents, Changes((On(2015, 6, 1), 1000))));

        var result = RealProgram.Score("IND-03", ScopeLevel.Commune, commune, Period.OfYear(2015));

        Assert.Equal(expected, result.Status);
    }

    [Theory]
    [InlineData("2011-Q2")]
    [InlineData("2011-H1")]
    public void PeriodBeforeTheProgramStartKeepsItsValueButHasNoTargetAndIsNotJudged(string period)
    {
        var commune = SetOf(
            (Measures.SurveyAware, Changes((On(2011, 5, 10), 900))),
            (Measures.SurveyRespondents, Changes((On(2011, 5, 10), 1000))));

        var result = RealProgram.Score("IND-03", ScopeLevel.Commune, commune, Period.Parse(period));

        Assert.Equal((90.0m, (decimal?)null, IndicatorStatus.BeforeProgram), (result.DisplayValue, result.DisplayTarget, result.Status));
        Assert.Null(result.Target);
    }

    [Fact]
    public void ZeroDenominatorIsNoDataWithNoValueOnEveryIndicator()
    {
        var results = Scorecard.Compute(RealProgram.Instance, ScopeLevel.Province, MeasureSet.Empty, Period.OfYear(2013));

        Assert.Equal(14, results.Count);
        Assert.All(results, result =>
        {
            Assert.Equal(IndicatorStatus.NoData, result.Status);
            Assert.Null(result.Value);
            Assert.Null(result.DisplayValue);
            Assert.Equal(0, result.Denominator);
        });
    }

    private static MeasureSet IssuedDocumentsAndCommunes(long documents, long communes, long conveyedPairs) => SetOf(
        (Measures.LegalDocsIssued, Changes((On(2012, 2, 1), documents))),
        (Measures.Communes, Always(communes)),
        (Measures.LegalDocsConveyedPairs, Changes((On(2012, 5, 1), conveyedPairs))));
}
