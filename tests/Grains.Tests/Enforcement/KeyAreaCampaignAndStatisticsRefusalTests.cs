using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using static AntiTrafficking.Grains.Tests.Commands;
using static AntiTrafficking.Grains.Tests.Enforcement.Actors;

namespace AntiTrafficking.Grains.Tests.Enforcement;

/// <summary>Key areas, peak campaigns and joint statistics refuse what cannot be, and change nothing.</summary>
[Collection(ClusterCollection.Name)]
public sealed class KeyAreaCampaignAndStatisticsRefusalTests(ClusterFixture fixture)
{
    private readonly Lifecycles _lifecycles = new(fixture.Grains);

    [Fact]
    public async Task AMeasureDatedBeforeTheAreaWasDesignatedIsRefusedNamingTheDesignationDate()
    {
        var area = await DesignatedAreaAsync();
        CommandResult? refused = null;

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            area.GetAsync, async () => refused = await area.RecordMeasureAsync(new(Key(), Police, D(2013, 5, 31), "tuần tra")), "dateOutOfOrder", "appliedOn");

        Assert.Equal("Tuyến, địa bàn trọng điểm này được xác định từ ngày 01/06/2013; biện pháp ngày 31/05/2013 trước ngày đó.", refused!.Error!.MessageVi);
        Assert.Equal("This key area was designated on 2013-06-01; a measure dated 2013-05-31 is before it.", refused.Error.MessageEn);
    }

    [Fact]
    public async Task AMeasureInAnAreaNeverDesignatedIsRefused()
    {
        var area = fixture.Grains.GetGrain<IKeyAreaGrain>($"22:R-{Key()}");

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            area.GetAsync, () => area.RecordMeasureAsync(new(Key(), Police, D(2013, 6, 2), "tuần tra")), "notRecorded", "areaId");
    }

    [Fact]
    public async Task AKeyAreaMustLieInADistrictOrCommune()
    {
        var area = fixture.Grains.GetGrain<IKeyAreaGrain>($"22:R-{Key()}");

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            area.GetAsync, () => area.DesignateAsync(new(Key(), Police, D(2013, 6, 1), "22", KeyAreaKind.Route, "Toàn tỉnh")), "unknownPlace", "unitCode");
    }

    [Fact]
    public async Task ACampaignEndingBeforeItStartsIsRefused()
    {
        var campaign = fixture.Grains.GetGrain<ICampaignGrain>($"22:R-{Key()}");

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            campaign.GetAsync, () => campaign.PlanAsync(new(Key(), Police, "Cao điểm", D(2013, 5, 1), D(2013, 4, 30), ["199"])), "dateOutOfOrder", "endsOn");
    }

    [Fact]
    public async Task ACampaignInADistrictOutsideTheProvinceIsRefused()
    {
        var campaign = fixture.Grains.GetGrain<ICampaignGrain>($"22:R-{Key()}");

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            campaign.GetAsync, () => campaign.PlanAsync(new(Key(), Police, "Cao điểm", D(2013, 5, 1), D(2013, 6, 1), ["199", "999"])), "unknownPlace", "districtCodes");
    }

    [Fact]
    public async Task ACampaignWithAnEmptyDistrictCodeIsRefused()
    {
        var campaign = fixture.Grains.GetGrain<ICampaignGrain>($"22:R-{Key()}");

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            campaign.GetAsync, () => campaign.PlanAsync(new(Key(), Police, "Cao điểm", D(2013, 5, 1), D(2013, 6, 1), ["199", null!])), "required", "districtCodes");
    }

    [Fact]
    public async Task ACampaignResultOutsideTheCampaignDatesIsRefused()
    {
        var campaign = await PlannedCampaignAsync();

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            campaign.GetAsync, () => campaign.RecordResultAsync(new(Key(), Police, new CampaignResult("199", D(2013, 6, 2), 1, 0))), "outsideCampaign", "result.recordedOn");
    }

    [Fact]
    public async Task ACampaignResultForADistrictNotInTheCampaignIsRefused()
    {
        var campaign = await PlannedCampaignAsync();

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            campaign.GetAsync, () => campaign.RecordResultAsync(new(Key(), Police, new CampaignResult("193", D(2013, 5, 10), 1, 0))), "notInCampaign", "result.districtCode");
    }

    [Fact]
    public async Task StatisticsWithoutAnyFigureAreRefused()
    {
        var statistics = fixture.Grains.GetGrain<IThreeSectorStatisticsGrain>("22:2011-Q2");

        Lifecycles.AssertRefused(await statistics.SubmitAsync(new(Key(), Police, new SectorCounts())), "required", "counts");
        Assert.All((await statistics.GetComparisonAsync()).Rows, r => Assert.Null(r.Police));
    }

    [Fact]
    public async Task ANegativeFigureIsRefusedNamingIt()
    {
        var statistics = fixture.Grains.GetGrain<IThreeSectorStatisticsGrain>("22:2011-Q2");

        Lifecycles.AssertRefused(await statistics.SubmitAsync(new(Key(), Court, new SectorCounts(CasesTried: 1, PeopleConvicted: -1))), "negative", "counts.peopleConvicted");
        Assert.Equal(0, (await statistics.GetComparisonAsync()).Version);
    }

    [Theory]
    [InlineData("22:2013-Q5")]
    [InlineData("22:2013-h1")] // one period, one grain: only "2013-H1" is its key
    [InlineData("99:2013")]
    public async Task StatisticsForAMalformedPeriodOrUnknownProvinceAreRefused(string key)
    {
        var statistics = fixture.Grains.GetGrain<IThreeSectorStatisticsGrain>(key);

        Lifecycles.AssertRefused(await statistics.SubmitAsync(new(Key(), Police, new SectorCounts(CasesOpened: 1))), "unknownUnit", "unitCode");
    }

    private async Task<IKeyAreaGrain> DesignatedAreaAsync()
    {
        var area = fixture.Grains.GetGrain<IKeyAreaGrain>($"22:R-{Key()}");
        await Lifecycles.AcceptAsync(area.DesignateAsync(new(Key(), BorderGuard, D(2013, 6, 1), Lifecycles.Commune, KeyAreaKind.Route, "Tuyến thử")));
        return area;
    }

    private async Task<ICampaignGrain> PlannedCampaignAsync()
    {
        var campaign = fixture.Grains.GetGrain<ICampaignGrain>($"22:R-{Key()}");
        await Lifecycles.AcceptAsync(campaign.PlanAsync(new(Key(), Police, "Cao điểm thử", D(2013, 5, 1), D(2013, 6, 1), ["199"])));
        return campaign;
    }
}
