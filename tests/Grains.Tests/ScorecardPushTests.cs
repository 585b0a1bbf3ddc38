using System.Collections.Concurrent;
using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.Grains.Aggregation;
using AntiTrafficking.Indicators;
using static AntiTrafficking.Grains.Tests.Commands;

namespace AntiTrafficking.Grains.Tests;

/// <summary>
/// A district and its province push their new figures to an observer once a leaf changes them, for the periods the
/// observer watches (Đầm Hà, 200; IND-08's tips, 2012).
/// (Both grains implement <see cref="IScorecardSource"/>, so a reference to one is taken from its own interface.)
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ScorecardPushTests(ClusterFixture fixture)
{
    private const string DamHa = "200";

    [Fact]
    public async Task AChangedLeafIsPushedWithItsNewFigures()
    {
        var received = new ConcurrentQueue<ScorecardUpdate>();
        // Orleans holds an observer object weakly: the test keeps it alive until the end, as a subscriber must.
        var recorder = new Recorder(received);
        var observer = fixture.Grains.CreateObjectReference<IScorecardObserver>(recorder);
        var province = fixture.Grains.GetGrain<IProvinceGrain>("22").AsReference<IScorecardSource>();
        var district = fixture.Grains.GetGrain<IDistrictGrain>(DamHa).AsReference<IScorecardSource>();
        var now = await district.WatchAsync(observer, ["2012"]);
        await province.WatchAsync(observer, ["2012"]);
        var before = now.Single().Unit.Indicators.Single(i => i.Code == "IND-08").Denominator;

        var commune = (await fixture.Grains.GetGrain<IDistrictGrain>(DamHa).GetCommunesAsync())[0].Code;
        await fixture.Grains.GetGrain<ICommuneLeafSink>(commune).ReportLeafAsync(UnitSnapshot.From("tip:push-1", 1, MeasureSet.Empty.With(Measures.TipsReceived, DatedSeries.From([(D(2012, 3, 1), 1L)]))));

        await Eventually.ReturnsAsync(
            () => Task.FromResult(received.ToArray()),
            // At least the new tip: a tip another test reported just before may arrive in the same push.
            updates => updates.Any(u => u.Unit.UnitCode == DamHa && u.Unit.Indicators.Single(i => i.Code == "IND-08").Denominator >= before + 1)
                && updates.Any(u => u.Unit.UnitCode == "22" && u.Children.Single(c => c.UnitCode == DamHa).Indicators.Single(i => i.Code == "IND-08").Denominator >= before + 1),
            "the district's and the province's new IND-08 figures pushed",
            TimeSpan.FromSeconds(10));
        Assert.All(received, u => Assert.Equal("2012", u.Period));
        await district.UnwatchAsync(observer);
        await province.UnwatchAsync(observer);
        GC.KeepAlive(recorder);
    }

    private sealed class Recorder(ConcurrentQueue<ScorecardUpdate> received) : IScorecardObserver
    {
        public Task ScorecardChangedAsync(ScorecardUpdate update)
        {
            received.Enqueue(update);
            return Task.CompletedTask;
        }
    }
}
