using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.Grains.Aggregation;
using AntiTrafficking.Indicators;
using static AntiTrafficking.Grains.Tests.Commands;

namespace AntiTrafficking.Grains.Tests;

/// <summary>
/// Leaves (tips, cases, persons) report versioned snapshots to the unit they belong to; repeats never double count and
/// a leaf that moves counts once. Uses Đầm Hà (200: communes 06901, 06904) and IND-08's tip measures.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class LeafAggregationTests(ClusterFixture fixture)
{
    private const string DamHa = "200";

    [Fact]
    public async Task ARepeatedOrOlderLeafSnapshotNeverDoubleCounts()
    {
        var commune = (await fixture.Grains.GetGrain<IDistrictGrain>(DamHa).GetCommunesAsync())[0].Code;
        var sink = fixture.Grains.GetGrain<ICommuneLeafSink>(commune);

        await sink.ReportLeafAsync(Tip("tip:leaf-1", 1, classified: false));
        await sink.ReportLeafAsync(Tip("tip:leaf-1", 1, classified: false));
        await sink.ReportLeafAsync(Tip("tip:leaf-1", 2, classified: true));
        await sink.ReportLeafAsync(Tip("tip:leaf-1", 1, classified: false));

        var ind08 = (await fixture.Grains.GetGrain<ICommuneGrain>(commune).GetScorecardAsync("2013"))
            .Indicators.Single(i => i.Code == "IND-08");
        Assert.Equal((1L, 1L), (ind08.Numerator, ind08.Denominator));
        var district = (await fixture.Grains.GetGrain<IDistrictGrain>(DamHa).GetScorecardAsync("2013"))
            .Indicators.Single(i => i.Code == "IND-08");
        Assert.Equal((1L, 1L), (district.Numerator, district.Denominator));
    }

    [Fact]
    public async Task ALeafMovedFromACommuneToItsDistrictCountsOnce()
    {
        var communes = await fixture.Grains.GetGrain<IDistrictGrain>(DamHa).GetCommunesAsync();
        var before = await DistrictTipsAsync("2014");

        await fixture.Grains.GetGrain<ICommuneLeafSink>(communes[1].Code).ReportLeafAsync(Tip("tip:leaf-2", 1, classified: false, year: 2014));
        await fixture.Grains.GetGrain<ICommuneLeafSink>(communes[1].Code).ReportLeafAsync(Empty("tip:leaf-2", 2));
        await fixture.Grains.GetGrain<IDistrictLeafSink>(DamHa).ReportLeafAsync(Tip("tip:leaf-2", 2, classified: true, year: 2014));

        Assert.Equal((before.Numerator + 1, before.Denominator + 1), await DistrictTipsAsync("2014"));
    }

    [Fact]
    public async Task ALeafOfUnknownDistrictCountsForTheProvinceAndSurvivesItsDeactivation()
    {
        var province = fixture.Grains.GetGrain<IProvinceGrain>("22");
        var before = (await province.GetScorecardAsync("2015")).Indicators.Single(i => i.Code == "IND-08").Denominator;

        await fixture.Grains.GetGrain<IProvinceLeafSink>("22").ReportLeafAsync(Tip("tip:leaf-3", 1, classified: false, year: 2015));
        await fixture.Cluster.DeactivateAsync(province);

        var after = (await province.GetScorecardAsync("2015")).Indicators.Single(i => i.Code == "IND-08").Denominator;
        Assert.Equal(before + 1, after);
    }

    private async Task<(long Numerator, long Denominator)> DistrictTipsAsync(string period)
    {
        var ind08 = (await fixture.Grains.GetGrain<IDistrictGrain>(DamHa).GetScorecardAsync(period)).Indicators.Single(i => i.Code == "IND-08");
        return (ind08.Numerator, ind08.Denominator);
    }

    private static UnitSnapshot Tip(string key, long version, bool classified, int year = 2013)
    {
        var received = D(year, 3, 1);
        var measures = MeasureSet.Empty.With(Measures.TipsReceived, DatedSeries.From([(received, 1L)]));
        if (classified)
        {
            measures = measures.With(Measures.TipsClassified, DatedSeries.From([(received, 1L)]));
        }

        return UnitSnapshot.From(key, version, measures);
    }

    private static UnitSnapshot Empty(string key, long version) =>
        new(key, version, ImmutableDictionary<string, ImmutableArray<SnapshotPoint>>.Empty);
}
