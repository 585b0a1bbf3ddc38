using AntiTrafficking.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafficking.Browser.Tests;

/// <summary>An indicator's own page: its value by district and its yearly trend against the targets, as charts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IndicatorPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ClickingAnIndicatorCodeOpensItsPageWithADistrictBarChartAYearlyTrendAndTheDistrictsFigures()
    {
        await ApiCommands.RecordOfficialsAsync(fixture, "201", HaiHaCommune, new DateOnly(2013, 5, 1), total: 10, trained: 3);
        await ApiCommands.RecordOfficialsAsync(fixture, "201", HaiHaCommune, new DateOnly(2014, 5, 1), total: 10, trained: 8);
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?period=2014");

        await page.Locator("#province-scorecard tr[data-indicator='IND-06'] a").ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("IND-06 · Cán bộ xã chuyên trách được tập huấn");
        var row = page.Locator("#indicator-districts tr[data-district='" + HaiHa + "']");
        await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("80,0");
        await Expect(row.Locator(".badge")).ToHaveTextAsync("Đạt");
        Assert.Equal(14, await page.EvaluateAsync<int>("() => Chart.getChart('chart-districts').data.labels.length"));
        Assert.Equal(5, await page.EvaluateAsync<int>("() => Chart.getChart('chart-years').data.labels.length"));
        await Expect(page.Locator("#chart-years")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "07-indicator-ind-06-2014");
    }

    private const string HaiHa = "201";

    private const string HaiHaCommune = "06925";
}
