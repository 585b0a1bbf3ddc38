namespace AntiTrafficking.Indicators.Tests;

/// <summary>IND-01 to IND-06 (communication and legal education) from hand-built measures.</summary>
public sealed class Project1IndicatorTests
{
    private static readonly MeasureSet _catalog = SetOf(
        (Measures.LegalDocsIssued, Once(On(2012, 1, 10), On(2012, 7, 1), On(2013, 2, 1))),
        (Measures.GuidanceRequired, Always(4)),
        (Measures.GuidanceIssued, Once(On(2012, 5, 1), On(2012, 11, 20), On(2013, 3, 1), On(2014, 2, 1))));

    [Fact]
    public void Ind01CountsConveyedPairsOutOfDocumentsIssuedTimesCommunes()
    {
        var commune = _catalog.Add(SetOf(
            (Measures.Communes, Always(1)),
            (Measures.LegalDocsConveyedPairs, Once(On(2012, 3, 1), On(2013, 1, 15)))));

        var in2012 = RealProgram.Score("IND-01", ScopeLevel.Commune, commune, Period.OfYear(2012));
        var in2013 = RealProgram.Score("IND-01", ScopeLevel.Commune, commune, Period.OfYear(2013));

        Assert.Equal((1L, 2L, 50.0m, IndicatorStatus.Met), (in2012.Numerator, in2012.Denominator, in2012.DisplayValue, in2012.Status));
        Assert.Equal((2L, 3L, 66.7m, IndicatorStatus.Off), (in2013.Numerator, in2013.Denominator, in2013.DisplayValue, in2013.Status));
    }

    [Fact]
    public void Ind01ForADistrictCountsPairsOfAllItsCommunes()
    {
        var communeA = SetOf((Measures.Communes, Always(1)), (Measures.LegalDocsConveyedPairs, Once(On(2012, 3, 1), On(2012, 8, 1))));
        var communeB = SetOf((Measures.Communes, Always(1)), (Measures.LegalDocsConveyedPairs, Once(On(2012, 9, 1))));
        var district = MeasureSet.Sum([communeA, communeB, _catalog]);

        var result = RealProgram.Score("IND-01", ScopeLevel.District, district, Period.OfYear(2012));

        Assert.Equal((3L, 4L, 75.0m, IndicatorStatus.Met), (result.Numerator, result.Denominator, result.DisplayValue, result.Status));
    }

    [Fact]
    public void Ind02CountsRequiredGuidanceIssuedByThePeriodEnd()
    {
        var in2012 = RealProgram.Score("IND-02", ScopeLevel.Province, _catalog, Period.OfYear(2012));
        var in2014 = RealProgram.Score("IND-02", ScopeLevel.Province, _catalog, Period.OfYear(2014));

        Assert.Equal((2L, 4L, 50.0m, IndicatorStatus.Off), (in2012.Numerator, in2012.Denominator, in2012.DisplayValue, in2012.Status));
        Assert.Equal((4L, 4L, 100.0m, IndicatorStatus.Met), (in2014.Numerator, in2014.Denominator, in2014.DisplayValue, in2014.Status));
    }

    [Fact]
    public void Ind02AndInd04AreNotOnACommuneScorecardAndInd02IsNotOnADistrictOne()
    {
        var commune = Scorecard.Compute(RealProgram.Instance, ScopeLevel.Commune, MeasureSet.Empty, Period.OfYear(2013));
        var district = Scorecard.Compute(RealProgram.Instance, ScopeLevel.District, MeasureSet.Empty, Period.OfYear(2013));

        Assert.Equal(12, commune.Count);
        Assert.DoesNotContain(commune, result => result.Code is "IND-02" or "IND-04");
        Assert.Equal(13, district.Count);
        Assert.DoesNotContain(district, result => result.Code == "IND-02");
    }

    [Fact]
    public void Ind03CountsAwareRespondentsOfTheSurveysInThePeriod()
    {
        var commune = SetOf(
            (Measures.SurveyRespondents, Changes((On(2014, 6, 1), 50), (On(2015, 3, 10), 60), (On(2015, 10, 5), 40))),
            (Measures.SurveyAware, Changes((On(2014, 6, 1), 20), (On(2015, 3, 10), 51), (On(2015, 10, 5), 34))));

        var in2014 = RealProgram.Score("IND-03", ScopeLevel.Commune, commune, Period.OfYear(2014));
        var in2015 = RealProgram.Score("IND-03", ScopeLevel.Commune, commune, Period.OfYear(2015));
        var firstHalf2015 = RealProgram.Score("IND-03", ScopeLevel.Commune, commune, Period.OfHalf(2015, 1));

        Assert.Equal((20L, 50L, 40.0m, 65.0m, IndicatorStatus.Off), (in2014.Numerator, in2014.Denominator, in2014.DisplayValue, in2014.DisplayTarget, in2014.Status));
        Assert.Equal((85L, 100L, 85.0m, 85.0m, IndicatorStatus.Met), (in2015.Numerator, in2015.Denominator, in2015.DisplayValue, in2015.DisplayTarget, in2015.Status));
        Assert.Equal((51L, 60L, 85.0m, 75.0m, IndicatorStatus.Met), (firstHalf2015.Numerator, firstHalf2015.Denominator, firstHalf2015.DisplayValue, firstHalf2015.DisplayTarget, firstHalf2015.Status));
    }

    [Fact]
    public void Ind04CountsDistrictsWithFiveReportersActiveAtThePeriodEnd()
    {
        // Five reporters from 2012; one leaves on 30 Jun 2013 (no longer active that day); a sixth joins on 1 Sep 2013.
        var reporters = DatedSeries.FromIntervals(
        [
            (On(2012, 1, 1), null), (On(2012, 1, 1), null), (On(2012, 1, 1), null), (On(2012, 1, 1), null),
            (On(2012, 1, 1), On(2013, 6, 30)),
            (On(2013, 9, 1), null),
        ]);
        var district = SetOf(
            (Measures.Districts, Always(1)),
            (Measures.ReportersActive, reporters),
            (Measures.ReportersQualifyingDistricts, reporters.AtLeast(Measures.ReportersPerQualifyingDistrict)));

        var firstQuarter = RealProgram.Score("IND-04", ScopeLevel.District, district, Period.OfQuarter(2013, 1));
        var firstHalf = RealProgram.Score("IND-04", ScopeLevel.District, district, Period.OfHalf(2013, 1));
        var year = RealProgram.Score("IND-04", ScopeLevel.District, district, Period.OfYear(2013));

        Assert.Equal((1L, 1L, IndicatorStatus.Met), (firstQuarter.Numerator, firstQuarter.Denominator, firstQuarter.Status));
        Assert.Equal((0L, 1L, IndicatorStatus.Off), (firstHalf.Numerator, firstHalf.Denominator, firstHalf.Status));
        Assert.Equal((1L, 1L, 100.0m, IndicatorStatus.Met), (year.Numerator, year.Denominator, year.DisplayValue, year.Status));
    }

    [Fact]
    public void Ind05CountsCommunesWithTenPropagandistsActiveAtThePeriodEnd()
    {
        // Ten propagandists from May 2012; one is deactivated on 31 Dec 2012, so the year ends with nine.
        var propagandists = DatedSeries.FromIntervals(
            Enumerable.Repeat((On(2012, 5, 1), (DateOnly?)null), 9).Append((On(2012, 5, 1), On(2012, 12, 31))));
        var commune = SetOf(
            (Measures.Communes, Always(1)),
            (Measures.PropagandistsQualifyingCommunes, propagandists.AtLeast(Measures.PropagandistsPerQualifyingCommune)));

        var thirdQuarter = RealProgram.Score("IND-05", ScopeLevel.Commune, commune, Period.OfQuarter(2012, 3));
        var year = RealProgram.Score("IND-05", ScopeLevel.Commune, commune, Period.OfYear(2012));

        Assert.Equal((1L, 1L, 100.0m, IndicatorStatus.Met), (thirdQuarter.Numerator, thirdQuarter.Denominator, thirdQuarter.DisplayValue, thirdQuarter.Status));
        Assert.Equal((0L, 1L, 0.0m, IndicatorStatus.Off), (year.Numerator, year.Denominator, year.DisplayValue, year.Status));
    }

    [Fact]
    public void Ind06UsesTheLatestCountsOfOfficialsOnOrBeforeThePeriodEnd()
    {
        // Counts 8 then 10 officials; 4 then 10 trained: level series of the latest counts.
        var commune = SetOf(
            (Measures.OfficialsTotal, Changes((On(2012, 3, 1), 8), (On(2014, 1, 1), 2))),
            (Measures.OfficialsTrained, Changes((On(2013, 1, 1), 4), (On(2015, 6, 1), 6))));

        var in2013 = RealProgram.Score("IND-06", ScopeLevel.Commune, commune, Period.OfYear(2013));
        var in2015 = RealProgram.Score("IND-06", ScopeLevel.Commune, commune, Period.OfYear(2015));

        // 2013's target: 27 of the 51 months from Sep 2011 to Dec 2015 of 100 = 52.9; 50 is within 10 points.
        Assert.Equal((4L, 8L, 50.0m, 52.9m, IndicatorStatus.Near), (in2013.Numerator, in2013.Denominator, in2013.DisplayValue, in2013.DisplayTarget, in2013.Status));
        Assert.Equal((10L, 10L, 100.0m, IndicatorStatus.Met), (in2015.Numerator, in2015.Denominator, in2015.DisplayValue, in2015.Status));
    }
}
