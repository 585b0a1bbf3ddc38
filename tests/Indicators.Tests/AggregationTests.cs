namespace AntiTrafficking.Indicators.Tests;

/// <summary>District and province values come from summed numerators and denominators, never averaged percentages.</summary>
public sealed class AggregationTests
{
    [Fact]
    public void TwoCommunesOfOneInOneAndOneInThreeMakeFiftyPercentNotSixtySevenPointSeven()
    {
        var communeA = SetOf(
            (Measures.SurveyAware, Changes((On(2013, 5, 1), 1))),
            (Measures.SurveyRespondents, Changes((On(2013, 5, 1), 1))));
        var communeB = SetOf(
            (Measures.SurveyAware, Changes((On(2013, 6, 1), 1))),
            (Measures.SurveyRespondents, Changes((On(2013, 6, 1), 3))));

        var district = MeasureSet.Sum([communeA, communeB]);
        var result = RealProgram.Score("IND-03", ScopeLevel.District, district, Period.OfYear(2013));

        Assert.Equal((2L, 4L, 50.0m), (result.Numerator, result.Denominator, result.DisplayValue));
    }

    [Fact]
    public void ProvinceSumsItsDistrictsWhichSumTheirCommunesAndThemselves()
    {
        var reporters = DatedSeries.FromIntervals(Enumerable.Repeat((On(2012, 1, 1), (DateOnly?)null), 5));
        var qualifyingDistrict = MeasureSet.Sum(
        [
            SetOf((Measures.Districts, Always(1)), (Measures.ReportersQualifyingDistricts, reporters.AtLeast(5))),
            SetOf((Measures.Communes, Always(1)), (Measures.TipsReceived, Once(On(2013, 2, 1)))),
            SetOf((Measures.Communes, Always(1))),
        ]);
        var otherDistrict = MeasureSet.Sum(
        [
            SetOf((Measures.Districts, Always(1))),
            SetOf((Measures.Communes, Always(1)), (Measures.TipsReceived, Once(On(2013, 8, 1))), (Measures.TipsClassified, Once(On(2013, 8, 1)))),
        ]);

        var province = MeasureSet.Sum([qualifyingDistrict, otherDistrict]);
        var reportersResult = RealProgram.Score("IND-04", ScopeLevel.Province, province, Period.OfYear(2013));
        var tipsResult = RealProgram.Score("IND-08", ScopeLevel.Province, province, Period.OfYear(2013));

        Assert.Equal(3, province.Get(Measures.Communes).AsOf(On(2013, 12, 31)));
        Assert.Equal((1L, 2L, 50.0m), (reportersResult.Numerator, reportersResult.Denominator, reportersResult.DisplayValue));
        Assert.Equal((1L, 2L, 50.0m), (tipsResult.Numerator, tipsResult.Denominator, tipsResult.DisplayValue));
    }
}
