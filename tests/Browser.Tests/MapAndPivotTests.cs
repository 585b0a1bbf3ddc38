using AntiTrafficking.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafficking.Browser.Tests;

/// <summary>The map of the districts (issue 20.1) and the pivot table a user shapes (issue 20.3), in Chromium against ./run.sh.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MapAndPivotTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TheMapDrawsTheFourteenDistrictsWithALegendAndAClickOpensTheDistrictsPage()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/ban-do?period=2013&indicator=IND-05");

        await Expect(page.Locator("#district-map-svg a.map-district")).ToHaveCountAsync(14);
        await Expect(page.Locator("#district-map .legend")).ToContainTextAsync("Đạt");
        await Expect(page.Locator("#district-map .legend")).ToContainTextAsync("Chưa đạt");
        await Expect(page.Locator("#district-map-table tbody tr")).ToHaveCountAsync(14);
        await Expect(page.Locator("#live-status")).ToHaveAttributeAsync("data-state", "connected");
        await Screenshots.SaveAsync(page, "20-map-ind-05-2013");

        await page.Locator("#district-map-svg a.map-district[data-district='193']").ClickAsync();

        await page.WaitForURLAsync("**/huyen/193?period=2013");
        await Expect(page.Locator("h1")).ToContainTextAsync("Hạ Long");
    }

    [Fact]
    public async Task AUserShapesThePivotTableWithRowsAndColumnsAndSeesItAsATableAndAChart()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/phan-tich");

        await page.GetByLabel("Mã chỉ tiêu (để trống: tất cả)").FillAsync("IND-03,IND-05");
        await page.GetByLabel("Cấp (province, district, commune) hoặc các mã GSO").FillAsync("22,205");
        await page.GetByLabel("Năm, 6 tháng, quý hoặc khoảng (2013, 2013-H1, 2013Q1:2015Q4)").FillAsync("2012:2015");
        await page.GetByLabel("Hàng").SelectOptionAsync("period");
        await page.GetByLabel("Cột").SelectOptionAsync("indicator");
        await page.GetByLabel("Hiển thị").SelectOptionAsync("value");
        // With two units on neither rows nor columns the filter would hold two: the page says so, then the user fixes it.
        await page.Locator("#pivot-submit").ClickAsync();
        await Expect(page.Locator("#pivot-error")).ToContainTextAsync("Chiều lọc (đơn vị) phải có đúng một mục");

        await page.GetByLabel("Cấp (province, district, commune) hoặc các mã GSO").FillAsync("205");
        await page.Locator("#pivot-submit").ClickAsync();

        await Expect(page.Locator("#pivot-table thead th")).ToHaveCountAsync(3);
        await Expect(page.Locator("#pivot-table tbody tr")).ToHaveCountAsync(4);
        await Expect(page.Locator("#pivot-filter")).ToContainTextAsync("Đông Triều");
        Assert.Equal(2, await page.EvaluateAsync<int>("() => Chart.getChart('chart-pivot').data.datasets.length"));
        Assert.Equal(4, await page.EvaluateAsync<int>("() => Chart.getChart('chart-pivot').data.labels.length"));
        // The link to share holds the choices.
        Assert.Contains("rows=period", await page.Locator("#pivot-share").GetAttributeAsync("href"));
        await Screenshots.SaveAsync(page, "21-pivot-205-by-year");
    }
}
