namespace AntiTrafficking.Indicators.Tests;

public sealed class DatedSeriesTests
{
    [Fact]
    public void ChangesOnTheSameDateMergeAndZeroChangesVanish()
    {
        var series = Changes((On(2013, 5, 1), 2), (On(2013, 1, 1), 3), (On(2013, 5, 1), -2), (On(2013, 1, 1), 1), (On(2013, 2, 1), 0));

        Assert.Equal([new SeriesPoint(On(2013, 1, 1), 4)], series.Points);
    }

    [Fact]
    public void BackDatedChangesAreSortedIntoPlace()
    {
        var series = Once(On(2014, 3, 1), On(2012, 7, 1), On(2013, 1, 1));

        Assert.Equal([On(2012, 7, 1), On(2013, 1, 1), On(2014, 3, 1)], series.Points.Select(point => point.Date));
    }

    [Fact]
    public void AsOfIncludesTheEndDate()
    {
        var series = Once(On(2013, 3, 31), On(2013, 4, 1));

        Assert.Equal(0, series.AsOf(On(2013, 3, 30)));
        Assert.Equal(1, series.AsOf(On(2013, 3, 31)));
        Assert.Equal(2, series.AsOf(DateOnly.MaxValue));
    }

    [Fact]
    public void BeforeExcludesTheStartDate()
    {
        var series = Once(On(2013, 3, 31), On(2013, 4, 1));

        Assert.Equal(1, series.Before(On(2013, 4, 1)));
        Assert.Equal(0, series.Before(DateOnly.MinValue));
    }

    [Fact]
    public void BetweenIncludesBothEnds()
    {
        var series = Once(On(2013, 1, 1), On(2013, 3, 31), On(2013, 4, 1));

        Assert.Equal(2, series.Between(On(2013, 1, 1), On(2013, 3, 31)));
        Assert.Throws<ArgumentException>(() => series.Between(On(2013, 4, 1), On(2013, 3, 31)));
    }

    [Fact]
    public void AddingSeriesSumsThemDateByDate()
    {
        var sum = Changes((On(2013, 1, 1), 2), (On(2013, 6, 1), 1)).Add(Changes((On(2013, 6, 1), -1), (On(2013, 9, 1), 5)));

        Assert.Equal([new SeriesPoint(On(2013, 1, 1), 2), new SeriesPoint(On(2013, 9, 1), 5)], sum.Points);
    }

    [Fact]
    public void PersonDeactivatedOnADateIsNoLongerActiveThatDay()
    {
        var active = DatedSeries.FromIntervals([(On(2012, 1, 1), On(2013, 6, 30)), (On(2012, 3, 1), null)]);

        Assert.Equal(2, active.AsOf(On(2013, 6, 29)));
        Assert.Equal(1, active.AsOf(On(2013, 6, 30)));
    }

    [Fact]
    public void IntervalEndingBeforeItStartsIsRefused()
    {
        Assert.Throws<ArgumentException>(() => DatedSeries.FromIntervals([(On(2013, 6, 30), On(2013, 6, 1))]));
    }

    [Fact]
    public void AtLeastTurnsOnWhenTheLevelReachesTheThresholdAndOffWhenItDropsBelow()
    {
        var reporters = DatedSeries.FromIntervals(
        [
            (On(2012, 1, 1), null),
            (On(2012, 1, 1), null),
            (On(2012, 2, 1), null),
            (On(2012, 3, 1), On(2013, 6, 30)),
            (On(2012, 4, 1), null),
            (On(2013, 9, 1), null),
        ]);

        var qualifying = reporters.AtLeast(5);

        Assert.Equal(
            [new SeriesPoint(On(2012, 4, 1), 1), new SeriesPoint(On(2013, 6, 30), -1), new SeriesPoint(On(2013, 9, 1), 1)],
            qualifying.Points);
    }

    [Fact]
    public void AtLeastStaysOffWhenTheLevelNeverReachesTheThreshold()
    {
        var propagandists = DatedSeries.FromIntervals(Enumerable.Repeat((On(2012, 1, 1), (DateOnly?)null), 9));

        Assert.True(propagandists.AtLeast(10).IsEmpty);
    }

    [Fact]
    public void AtLeastNeedsAPositiveThreshold()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Once(On(2012, 1, 1)).AtLeast(0));
    }

    [Fact]
    public void ChangesMovedToTheStartOfTheirQuarterGiveTheSameTotalForEveryScoredPeriodAndWindow()
    {
        var random = new Random(2011);
        var changes = Enumerable.Range(0, 2000)
            .Select(_ => (new DateOnly(2010, 1, 1).AddDays(random.Next(2557)), (long)random.Next(-5, 20)))
            .Concat([(DateOnly.MinValue, 1L), (On(2013, 3, 31), 7L), (On(2013, 4, 1), -3L), (On(2015, 12, 31), 2L)])
            .ToList();
        var daily = DatedSeries.From(changes);
        var quarterly = daily.ByQuarter();

        var periods = Enumerable.Range(2010, 7).SelectMany(year => new[] { Period.OfYear(year), Period.OfHalf(year, 1), Period.OfHalf(year, 2) }
            .Concat(Enumerable.Range(1, 4).Select(q => Period.OfQuarter(year, q))));
        foreach (var period in periods)
        {
            foreach (var window in Enum.GetValues<MeasureWindow>())
            {
                Assert.Equal(daily.Total(window, period), quarterly.Total(window, period));
            }
        }

        Assert.All(quarterly.Points, p => Assert.Equal(DatedSeries.QuarterStart(p.Date), p.Date));
        Assert.True(quarterly.Points.Count <= 30, $"{quarterly.Points.Count} points");
        Assert.Same(quarterly, quarterly.ByQuarter());
    }

    [Fact]
    public void SeveralSeriesSumDateByDateAndWhatCancelsOutVanishes()
    {
        var first = Changes((On(2013, 1, 1), 2), (On(2013, 4, 1), 3));
        var second = Changes((On(2012, 10, 1), 1), (On(2013, 4, 1), -3));
        var third = Changes((On(2013, 1, 1), 5));

        var sum = DatedSeries.Sum([first, DatedSeries.Empty, second, third]);

        Assert.Equal([new SeriesPoint(On(2012, 10, 1), 1), new SeriesPoint(On(2013, 1, 1), 7)], sum.Points);
        Assert.Same(first, DatedSeries.Sum([DatedSeries.Empty, first]));
        Assert.True(first.Add(first.Negated()).IsEmpty);
    }
}
