using System.Net.Http.Json;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests;

/// <summary>
/// <see cref="VanDonScenario"/> read back through the GET endpoints, against values computed by hand:
/// Vân Đồn has 12 communes, the province 186 communes in 14 districts; 2 legal documents are in the catalog from 2012.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class Project1ThroughTheApiTests(WebFixture fixture)
{
    private static Task<TimeSpan>? _seeding;

    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task TheProvinceHoldsTheNewFiguresWithinASecondOfTheLastCommand() =>
        Assert.True(await SeededAsync() < TimeSpan.FromSeconds(1));

    [Theory]
    // Cái Rồng: both documents by 2013; officials 2 of 5 trained in 2013 (trajectory target 52.9), 5 of 5 from mid-2014.
    [InlineData("/communes/06994", "2013", "IND-01", 2, 2, 100.0, IndicatorStatus.Met)]
    [InlineData("/communes/06994", "2013", "IND-06", 2, 5, 40.0, IndicatorStatus.Off)]
    [InlineData("/communes/06994", "2015", "IND-03", 170, 200, 85.0, IndicatorStatus.Met)]
    [InlineData("/communes/06994", "2015", "IND-06", 5, 5, 100.0, IndicatorStatus.Met)]
    // Đài Xuyên: one document (delivered twice, counted once); 10 propagandists since 2012.
    [InlineData("/communes/06997", "2015", "IND-01", 1, 2, 50.0, IndicatorStatus.Off)]
    [InlineData("/communes/06997", "2013", "IND-05", 1, 1, 100.0, IndicatorStatus.Met)]
    [InlineData("/communes/07000", "2015", "IND-03", 0, 0, null, IndicatorStatus.NoData)]
    // Vân Đồn: 3 document–commune pairs of 2 × 12 by 2013, 4 by 2015; surveys 170 + 60 of 200 + 100 in 2015.
    [InlineData("/districts/203", "2013", "IND-01", 3, 24, 12.5, IndicatorStatus.Off)]
    [InlineData("/districts/203", "2015", "IND-01", 4, 24, 16.7, IndicatorStatus.Off)]
    [InlineData("/districts/203", "2015", "IND-03", 230, 300, 76.7, IndicatorStatus.Near)]
    [InlineData("/districts/203", "2013", "IND-04", 1, 1, 100.0, IndicatorStatus.Met)]
    [InlineData("/districts/203", "2015", "IND-04", 0, 1, 0.0, IndicatorStatus.Off)]
    [InlineData("/districts/203", "2013", "IND-05", 1, 12, 8.3, IndicatorStatus.Off)]
    [InlineData("/districts/203", "2013", "IND-06", 3, 8, 37.5, IndicatorStatus.Off)]
    [InlineData("/districts/203", "2015", "IND-06", 6, 8, 75.0, IndicatorStatus.Off)]
    // Quảng Ninh: 2 × 186 pairs; guidance 1 of 2; 2013 surveys 40 of 80 against a trajectory target of 45.
    [InlineData("/provinces/22", "2013", "IND-01", 3, 372, 0.8, IndicatorStatus.Off)]
    [InlineData("/provinces/22", "2015", "IND-01", 4, 372, 1.1, IndicatorStatus.Off)]
    [InlineData("/provinces/22", "2013", "IND-02", 1, 2, 50.0, IndicatorStatus.Off)]
    [InlineData("/provinces/22", "2013", "IND-03", 40, 80, 50.0, IndicatorStatus.Met)]
    [InlineData("/provinces/22", "2015", "IND-03", 230, 300, 76.7, IndicatorStatus.Near)]
    [InlineData("/provinces/22", "2013", "IND-04", 1, 14, 7.1, IndicatorStatus.Off)]
    [InlineData("/provinces/22", "2015", "IND-04", 0, 14, 0.0, IndicatorStatus.Off)]
    [InlineData("/provinces/22", "2013", "IND-05", 1, 186, 0.5, IndicatorStatus.Off)]
    [InlineData("/provinces/22", "2015", "IND-06", 6, 8, 75.0, IndicatorStatus.Off)]
    public async Task EachLevelShowsTheHandComputedProject1Figures(
        string unit, string period, string indicator, long numerator, long denominator, double? value, IndicatorStatus status)
    {
        await SeededAsync();

        var card = await _client.ScorecardAsync($"{unit}/scorecard?period={period}");

        var shown = card.Indicators.Single(i => i.Code == indicator);
        Assert.Equal(
            (numerator, denominator, (decimal?)value, status),
            (shown.Numerator, shown.Denominator, shown.Value, shown.Status));
    }

    [Fact]
    public async Task TheListsOfDistrictsAndOfCommunesShowTheSameFiguresAsEachUnit()
    {
        await SeededAsync();

        var vanDon = (await _client.ScorecardsAsync("/provinces/22/districts/scorecards?period=2013")).Single(d => d.UnitCode == "203");
        var caiRong = (await _client.ScorecardsAsync("/districts/203/communes/scorecards?period=2015")).Single(c => c.UnitCode == "06994");

        Assert.Equal(("Vân Đồn", 3L, 8L), (vanDon.NameVi, Of(vanDon, "IND-06").Numerator, Of(vanDon, "IND-06").Denominator));
        Assert.Equal(("Cái Rồng", 170L, 200L), (caiRong.NameVi, Of(caiRong, "IND-03").Numerator, Of(caiRong, "IND-03").Denominator));
    }

    [Fact]
    public async Task TheCatalogListsTheRegisteredDocumentsAndTheAgencyIsCreditedWithItsDeliveries()
    {
        await SeededAsync();

        var documents = await _client.GetFromJsonAsync<List<LegalDocumentView>>(
            ApiCalls.Api + VanDonScenario.Program + "/legal-documents", TestJson.Options);
        var agency = await _client.GetFromJsonAsync<AgencyProfile>(ApiCalls.Api + "/provinces/22/agencies/TTTT", TestJson.Options);

        Assert.Equal(
            [(VanDonScenario.LawOnTrafficking, new DateOnly(2011, 3, 29)), (VanDonScenario.Decree62, new DateOnly(2012, 8, 24))],
            documents!.Select(d => (d.DocumentCode, d.IssuedOn)));
        Assert.Equal(5, agency!.Activity["RecordDelivery"]);
    }

    private static IndicatorValue Of(ScorecardView card, string code) => card.Indicators.Single(i => i.Code == code);

    private Task<TimeSpan> SeededAsync() => _seeding ??= VanDonScenario.SeedAsync(_client);
}
