using AntiTrafficking.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafficking.Browser.Tests;

/// <summary>An indicator's own page: its value by district, its yearly trend and its quarterly trend against the targets, as charts.</summary>
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

    [Fact]
    public async Task TheQuarterlyTrendIsDrawnWithTheTargetTheProvinceAndALinePerDistrict()
    {
        await ApiCommands.RecordOfficialsAsync(fixture, "201", HaiHaCommune, new DateOnly(2014, 5, 1), total: 10, trained: 8);
        var page = await fixture.NewPageAsync();
        var cell = page.Locator("#quarter-trend-table tr[data-period='2014-Q2'] td[data-unit='" + HaiHa + "']");
        // The province holds the district's new figures a moment after the command is acknowledged.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        do
        {
            await page.GotoAsync("/chi-tieu/IND-06");
        }
        while (await cell.TextContentAsync() != "80,0" && DateTime.UtcNow < deadline);

        await Expect(page.Locator("#chart-quarters")).ToBeVisibleAsync();
        var labels = await page.EvaluateAsync<string[]>("() => Chart.getChart('chart-quarters').data.labels");
        var lines = await page.EvaluateAsync<string[]>("() => Chart.getChart('chart-quarters').data.datasets.map(d => d.label)");
        Assert.Equal(("Quý III/2011", "Quý IV/2015", 18), (labels[0], labels[^1], labels.Length));
        Assert.Equal(["Mục tiêu / Target", "Quảng Ninh"], lines[..2]);
        Assert.Equal(16, lines.Length);
        var haiHa2014Q2 = await page.EvaluateAsync<double?>(
            "() => { const c = Chart.getChart('chart-quarters'); return c.data.datasets.find(d => d.label === 'Hải Hà').data[c.data.labels.indexOf('Quý II/2014')]; }");
        Assert.Equal(80.0, haiHa2014Q2);
        // The same figure in the table beneath, for screen readers and printing.
        await Expect(cell).ToHaveTextAsync("80,0");
        await Screenshots.SaveAsync(page, "07b-indicator-ind-06-by-quarter");
    }

    private const string HaiHa = "201";

    private const string HaiHaCommune = "06925";
}
