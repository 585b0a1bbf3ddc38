using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Agencies;
using AntiTrafficking.GrainInterfaces.Catalog;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using static AntiTrafficking.Grains.Tests.Commands;

namespace AntiTrafficking.Grains.Tests;

/// <summary>
/// Project 1 across 2011–2015 in Cô Tô (207: communes 07192, 07195, 07198) and Ba Chẽ (202, commune 06970),
/// checked against values computed by hand at commune, district and province level.
/// </summary>
[Collection(ScenarioCollection.Name)]
public sealed class Project1ScenarioTests(ClusterFixture fixture) : IAsyncLifetime
{
    private const string Program = "QN-3087-2011-2015";
    private const string Province = "22";
    private const string CoTo = "207";
    private const string CoToTownlet = "07192";
    private const string DongTien = "07195";
    private const string ThanhLan = "07198";
    private const string BaCheTownlet = "06970";
    private const string BaChe = "202";

    private static readonly ActingParty CoToOfficer = DistrictOfficer(CoTo);

    private static bool _seeded;

    private IProvinceGrain ProvinceGrain => fixture.Grains.GetGrain<IProvinceGrain>(Province);

    public async Task InitializeAsync()
    {
        if (_seeded)
        {
            return;
        }

        _seeded = true;
        var catalog = fixture.Grains.GetGrain<IProgramCatalogGrain>(Program);
        await Accept(catalog.RegisterLegalDocumentAsync(new(Key(), InformationDepartment, "66/2011/QH12", "Luật Phòng, chống mua bán người", D(2011, 3, 29))));
        await Accept(catalog.RegisterLegalDocumentAsync(new(Key(), InformationDepartment, "62/2012/NĐ-CP", "Nghị định 62/2012/NĐ-CP", D(2012, 8, 24))));
        await Accept(catalog.RequireGuidanceAsync(new(Key(), InformationDepartment, "G1", "Hướng dẫn tiếp nhận nạn nhân", "LDTBXH")));
        await Accept(catalog.RequireGuidanceAsync(new(Key(), InformationDepartment, "G2", "Hướng dẫn hỗ trợ nạn nhân", "LDTBXH")));
        await Accept(catalog.IssueGuidanceAsync(new(Key(), InformationDepartment, "G1", "15/HD-LĐTBXH", D(2012, 10, 1))));

        var coTo = Commune(CoToTownlet);
        var dongTien = Commune(DongTien);
        await Accept(coTo.RecordDeliveryAsync(new(Key(), InformationDepartment, "66/2011/QH12", "leaflet", 200, D(2012, 5, 10))));
        await Accept(coTo.RecordDeliveryAsync(new(Key(), InformationDepartment, "62/2012/NĐ-CP", "poster", 20, D(2013, 2, 1))));
        await Accept(dongTien.RecordDeliveryAsync(new(Key(), InformationDepartment, "66/2011/QH12", "banner", 5, D(2013, 11, 30))));
        await Accept(Commune(BaCheTownlet).RecordDeliveryAsync(new(Key(), InformationDepartment, "66/2011/QH12", "handbook", 30, D(2014, 1, 15))));

        for (var i = 1; i <= 10; i++)
        {
            await Accept(dongTien.RegisterPropagandistAsync(new(Key(), CoToOfficer, $"TTV-{i}", D(2012, 3, 1))));
        }

        await Accept(dongTien.DeactivatePropagandistAsync(new(Key(), CoToOfficer, "TTV-7", D(2013, 6, 30))));

        var district = fixture.Grains.GetGrain<IDistrictGrain>(CoTo);
        for (var i = 1; i <= 5; i++)
        {
            await Accept(district.RegisterReporterAsync(new(Key(), CoToOfficer, $"BCV-{i}", D(2012, 7, 1))));
        }

        await Accept(coTo.RecordOfficialsAsync(new(Key(), CoToOfficer, D(2012, 12, 1), 4, 1)));
        await Accept(coTo.RecordOfficialsAsync(new(Key(), CoToOfficer, D(2013, 12, 1), 4, 3)));
        await Accept(Commune(ThanhLan).RecordOfficialsAsync(new(Key(), CoToOfficer, D(2013, 5, 1), 2, 2)));

        await Accept(coTo.RecordSurveyAsync(new(Key(), CoToOfficer, "KS-2015-1", D(2015, 5, 1), 100, 80)));
        await Accept(dongTien.RecordSurveyAsync(new(Key(), CoToOfficer, "KS-2015-1", D(2015, 8, 1), 50, 45)));
        await Accept(Commune(BaCheTownlet).RecordSurveyAsync(new(Key(), DistrictOfficer(BaChe), "KS-2014-1", D(2014, 12, 31), 40, 10)));

        // Districts push to the province after a short coalescing delay: wait until the province holds both
        // districts' latest snapshots (each view's version adds the catalog's version, 5 commands).
        const int catalogVersion = 5;
        var coToVersion = (await district.GetScorecardAsync("2015")).Version - catalogVersion;
        var baCheVersion = (await fixture.Grains.GetGrain<IDistrictGrain>("202").GetScorecardAsync("2015")).Version - catalogVersion;
        await Eventually.ReturnsAsync(
            () => ProvinceGrain.GetScorecardAsync("2015"),
            card => card.Version == coToVersion + baCheVersion + catalogVersion,
            "the province to hold both districts' latest snapshots");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("commune", CoToTownlet, "2013", 2, 2, 100.0, IndicatorStatus.Met)]
    [InlineData("district", CoTo, "2013", 3, 6, 50.0, IndicatorStatus.Off)]
    [InlineData("district", CoTo, "2012", 1, 6, 16.7, IndicatorStatus.Off)]
    [InlineData("province", Province, "2013", 3, 372, 0.8, IndicatorStatus.Off)]
    [InlineData("province", Province, "2014", 4, 372, 1.1, IndicatorStatus.Off)]
    public async Task LegalDocumentsConveyedCountDocumentCommunePairsDeliveredByThePeriodEnd(
        string level, string code, string period, long numerator, long denominator, double value, IndicatorStatus status) =>
        await AssertIndicator(level, code, period, "IND-01", numerator, denominator, value, status);

    [Theory]
    [InlineData("2011", 0, 2, 0.0)]
    [InlineData("2012", 1, 2, 50.0)]
    public async Task GuidanceIssuedIsScoredForTheProvince(string period, long numerator, long denominator, double value) =>
        await AssertIndicator("province", Province, period, "IND-02", numerator, denominator, value, IndicatorStatus.Off);

    [Theory]
    [InlineData("district", CoTo, "2015", 125, 150, 83.3, IndicatorStatus.Near)]
    [InlineData("province", Province, "2015", 125, 150, 83.3, IndicatorStatus.Near)]
    [InlineData("province", Province, "2014", 10, 40, 25.0, IndicatorStatus.Off)]
    [InlineData("province", Province, "2015-H1", 80, 100, 80.0, IndicatorStatus.Met)]
    [InlineData("province", Province, "2015-Q3", 45, 50, 90.0, IndicatorStatus.Met)]
    [InlineData("commune", DongTien, "2015", 45, 50, 90.0, IndicatorStatus.Met)]
    public async Task AwarenessSumsRespondentsOfThePeriodsSurveys(
        string level, string code, string period, long numerator, long denominator, double value, IndicatorStatus status) =>
        await AssertIndicator(level, code, period, "IND-03", numerator, denominator, value, status);

    [Theory]
    [InlineData("district", CoTo, "2012", 1, 1, 100.0, IndicatorStatus.Met)]
    [InlineData("province", Province, "2012", 1, 14, 7.1, IndicatorStatus.Off)]
    [InlineData("province", Province, "2011", 0, 14, 0.0, IndicatorStatus.Off)]
    public async Task DistrictsWithFiveReportersAreCountedAtThePeriodEnd(
        string level, string code, string period, long numerator, long denominator, double value, IndicatorStatus status) =>
        await AssertIndicator(level, code, period, "IND-04", numerator, denominator, value, status);

    [Theory]
    [InlineData("commune", DongTien, "2012", 1, 1, 100.0)]
    [InlineData("commune", DongTien, "2013-Q1", 1, 1, 100.0)]
    [InlineData("commune", DongTien, "2013-Q2", 0, 1, 0.0)]
    [InlineData("district", CoTo, "2012", 1, 3, 33.3)]
    [InlineData("province", Province, "2012", 1, 186, 0.5)]
    public async Task CommunesWithTenPropagandistsDropOutOnTheDeactivationDate(
        string level, string code, string period, long numerator, long denominator, double value)
    {
        var card = await Scorecard(level, code, period);
        var indicator = card.Indicators.Single(i => i.Code == "IND-05");
        Assert.Equal((numerator, denominator, (decimal)value), (indicator.Numerator, indicator.Denominator, indicator.Value!.Value));
    }

    [Theory]
    [InlineData("commune", CoToTownlet, "2012", 1, 4, 25.0)]
    [InlineData("district", CoTo, "2012", 1, 4, 25.0)]
    [InlineData("district", CoTo, "2013", 5, 6, 83.3)]
    [InlineData("province", Province, "2013", 5, 6, 83.3)]
    [InlineData("province", Province, "2011", 0, 0, null)]
    public async Task TrainedOfficialsUseTheLatestCountOfEachCommune(
        string level, string code, string period, long numerator, long denominator, double? value)
    {
        var card = await Scorecard(level, code, period);
        var indicator = card.Indicators.Single(i => i.Code == "IND-06");
        Assert.Equal((numerator, denominator, (decimal?)value), (indicator.Numerator, indicator.Denominator, indicator.Value));
        Assert.Equal(value is null ? IndicatorStatus.NoData : indicator.Status, indicator.Status);
    }

    [Fact]
    public async Task CommuneScorecardsLeaveOutTheProvinceAndDistrictOnlyIndicators()
    {
        var card = await Scorecard("commune", CoToTownlet, "2013");

        Assert.DoesNotContain(card.Indicators, i => i.Code is "IND-02" or "IND-04");
        Assert.Contains(card.Indicators, i => i.Code == "IND-01");
    }

    [Fact]
    public async Task MaterialsDeliveredAreShownByKindForThePeriod()
    {
        var card = await Scorecard("province", Province, "2013");

        var byKind = card.Outputs.Where(o => o.Key is not null).ToDictionary(o => o.Key!, o => o.Value);
        Assert.Equal(20, byKind["poster"]);
        Assert.Equal(5, byKind["banner"]);
        Assert.Equal(0, byKind.GetValueOrDefault("leaflet"));
    }

    [Fact]
    public async Task TheProvinceListsItsFourteenDistrictsWithTheirScorecards()
    {
        var districts = await ProvinceGrain.GetDistrictScorecardsAsync("2013");

        Assert.Equal(14, districts.Length);
        var coTo = districts.Single(d => d.UnitCode == CoTo);
        Assert.Equal("Cô Tô", coTo.NameVi);
        Assert.Equal(50.0m, coTo.Indicators.Single(i => i.Code == "IND-01").Value);
    }

    [Fact]
    public async Task TheDeliveringAgencyIsCreditedWithEachDeliveryOnce()
    {
        var profile = await fixture.Grains.GetGrain<IAgencyGrain>("22:TTTT").GetProfileAsync();

        Assert.Equal(4, profile.Activity["RecordDelivery"]);
        Assert.Contains(profile.Projects, p => p.Project == 1 && p.Leads);
    }

    [Fact]
    public async Task ADistrictAndTheProvinceRebuiltFromTheirChildrenShowTheSameValues()
    {
        var before = await Scorecard("province", Province, "2013");

        await fixture.Cluster.DeactivateAsync(fixture.Grains.GetGrain<IDistrictGrain>(CoTo));
        await fixture.Cluster.DeactivateAsync(ProvinceGrain);
        var after = await Scorecard("province", Province, "2013");

        Assert.Equal(
            before.Indicators.Select(i => (i.Code, i.Numerator, i.Denominator)),
            after.Indicators.Select(i => (i.Code, i.Numerator, i.Denominator)));
    }

    private ICommuneGrain Commune(string code) => fixture.Grains.GetGrain<ICommuneGrain>(code);

    private async Task AssertIndicator(
        string level, string code, string period, string indicatorCode, long numerator, long denominator, double value, IndicatorStatus status)
    {
        var card = await Scorecard(level, code, period);
        var indicator = card.Indicators.Single(i => i.Code == indicatorCode);
        Assert.Equal(
            (numerator, denominator, (decimal?)value, status),
            (indicator.Numerator, indicator.Denominator, indicator.Value, indicator.Status));
    }

    private Task<ScorecardView> Scorecard(string level, string code, string period) => level switch
    {
        "commune" => Commune(code).GetScorecardAsync(period),
        "district" => fixture.Grains.GetGrain<IDistrictGrain>(code).GetScorecardAsync(period),
        _ => ProvinceGrain.GetScorecardAsync(period),
    };

    private static async Task Accept(Task<CommandResult> command)
    {
        var result = await command;
        Assert.True(result.Outcome == CommandOutcome.Accepted, $"refused: {result.Error}");
    }
}
