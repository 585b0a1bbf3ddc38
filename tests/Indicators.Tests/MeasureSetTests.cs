namespace AntiTrafficking.Indicators.Tests;

public sealed class MeasureSetTests
{
    [Fact]
    public void MissingMeasureReadsAsAnEmptySeries()
    {
        Assert.True(MeasureSet.Empty.Get(Measures.TipsReceived).IsEmpty);
    }

    [Fact]
    public void SumAddsChildrenMeasureByMeasure()
    {
        var communeA = SetOf((Measures.Communes, Always(1)), (Measures.SurveyRespondents, Changes((On(2013, 5, 1), 3))));
        var communeB = SetOf((Measures.Communes, Always(1)), (Measures.SurveyRespondents, Changes((On(2013, 5, 1), 4))));
        var districtOwn = SetOf((Measures.Districts, Always(1)));

        var district = MeasureSet.Sum([communeA, communeB, districtOwn]);

        Assert.Equal(2, district.Get(Measures.Communes).AsOf(On(2013, 12, 31)));
        Assert.Equal(1, district.Get(Measures.Districts).AsOf(On(2013, 12, 31)));
        Assert.Equal([new SeriesPoint(On(2013, 5, 1), 7)], district.Get(Measures.SurveyRespondents).Points);
        Assert.Equal([Measures.SurveyRespondents, Measures.Communes, Measures.Districts], district.Names);
    }

    [Fact]
    public void AddIsTheSumOfTwoSets()
    {
        var sum = SetOf((Measures.TipsReceived, Once(On(2013, 1, 1)))).Add(SetOf((Measures.TipsReceived, Once(On(2013, 1, 1)))));

        Assert.Equal(2, sum.Get(Measures.TipsReceived).AsOf(On(2013, 1, 1)));
    }

    [Fact]
    public void MeasuresThatCancelOutDisappearFromTheSet()
    {
        var set = SetOf((Measures.TipsReceived, Once(On(2013, 1, 1)))).With(Measures.TipsReceived, DatedSeries.Empty);

        Assert.Empty(set.Names);
    }

    [Fact]
    public void PlainCopyRoundTripsEveryChange()
    {
        var set = SetOf(
            (Measures.Communes, Always(1)),
            (Measures.MaterialQuantity(MaterialKinds.Leaflet), Changes((On(2013, 3, 1), 500), (On(2012, 1, 5), 20))));

        var copy = MeasureSet.FromDictionary(set.ToDictionary());

        Assert.Equal(set.Names, copy.Names);
        foreach (var name in set.Names)
        {
            Assert.Equal(set.Get(name).Points, copy.Get(name).Points);
        }
    }

    [Fact]
    public void AChildsNewSetLessItsPreviousOneChangesTheSumExactlyAsSummingAgainWould()
    {
        // What a parent does when one child reports again (ChildSnapshots): sum + new − previous.
        var communeA = SetOf((Measures.Communes, Always(1)), (Measures.SurveyRespondents, Changes((On(2013, 4, 1), 30), (On(2014, 1, 1), 12))));
        var before = SetOf((Measures.Communes, Always(1)), (Measures.SurveyRespondents, Changes((On(2013, 4, 1), 5))), (Measures.TipsReceived, Once(On(2012, 7, 1))));
        var after = SetOf((Measures.Communes, Always(1)), (Measures.SurveyRespondents, Changes((On(2013, 4, 1), 5), (On(2015, 10, 1), 8))));
        var sum = MeasureSet.Sum([communeA, before]);

        var changed = MeasureSet.Sum([sum, after, before.Negated()]);
        var again = MeasureSet.Sum([communeA, after]);

        Assert.Equal(again.Names, changed.Names);
        foreach (var name in again.Names)
        {
            Assert.Equal(again.Get(name).Points, changed.Get(name).Points);
        }

        Assert.DoesNotContain(Measures.TipsReceived, changed.Names);
        Assert.Equal(
            [new SeriesPoint(On(2013, 4, 1), 35), new SeriesPoint(On(2014, 1, 1), 12), new SeriesPoint(On(2015, 10, 1), 8)],
            changed.Get(Measures.SurveyRespondents).Points);
    }
}
