namespace AntiTrafficking.Indicators.Tests;

public sealed class OutputTests
{
    [Fact]
    public void OutputsShowLevelsAtThePeriodEndAndFlowsWithinThePeriod()
    {
        var commune = SetOf(
            (Measures.ReportersActive, DatedSeries.FromIntervals([(On(2012, 1, 1), null), (On(2012, 1, 1), On(2013, 2, 1)), (On(2012, 5, 1), null)])),
            (Measures.MaterialDeliveries, Once(On(2012, 12, 1), On(2013, 3, 1), On(2013, 5, 1))),
            (Measures.MaterialQuantity(MaterialKinds.Leaflet), Changes((On(2012, 12, 1), 100), (On(2013, 3, 1), 500))),
            (Measures.MaterialQuantity(MaterialKinds.Poster), Changes((On(2013, 5, 1), 20))));

        var outputs = Scorecard.ComputeOutputs(RealProgram.Instance, commune, Period.OfQuarter(2013, 1));

        Assert.Contains(new OutputResult("OUT-01", null, 2), outputs);
        Assert.Contains(new OutputResult("OUT-03", null, 1), outputs);
        Assert.Contains(new OutputResult("OUT-06", null, 0), outputs);
        Assert.Equal(
            [new OutputResult("OUT-04", "leaflet", 500), new OutputResult("OUT-04", "poster", 0)],
            outputs.Where(output => output.Code == "OUT-04"));
    }

    [Fact]
    public void EveryMaterialKindHasItsQuantityMeasure()
    {
        Assert.Equal(
            ["banner", "slogan", "leaflet", "poster", "handbook", "qaBook", "other"],
            MaterialKinds.All);
        Assert.Equal("materials.quantity.qaBook", Measures.MaterialQuantity(MaterialKinds.QaBook));
    }
}
