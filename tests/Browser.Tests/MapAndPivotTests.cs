using AntiTrafficking.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafficking.Browser.Tests;

/// <summary>
/// The map of the districts (issue 20.1) and the pivot table a user shapes, saves as a favourite and reloads (issue
/// 20.3), in Chromium against ./run.sh.
/// </summary>
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

    [Fact]
    public async Task ASignedInUserSavesAShapedTableReloadsItFromTheListOnAFreshPageAndDeletesIt()
    {
        // A survey in Quảng Tân (06913, Đầm Hà 200) in Q2 2014, a district no other browser test writes to: 60 aware of 80.
        await ApiCommands.RecordSurveyAsync(fixture, "06913", new DateOnly(2014, 6, 10), respondents: 80, aware: 60);
        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page);
        await page.GotoAsync("/phan-tich");

        await page.GetByLabel("Mã chỉ tiêu (để trống: tất cả)").FillAsync("IND-03");
        await page.GetByLabel("Cấp (province, district, commune) hoặc các mã GSO").FillAsync("200,06913");
        await page.GetByLabel("Năm, 6 tháng, quý hoặc khoảng (2013, 2013-H1, 2013Q1:2015Q4)").FillAsync("2014Q1:2014Q4");
        await page.GetByLabel("Hàng").SelectOptionAsync("period");
        await page.GetByLabel("Cột").SelectOptionAsync("unit");
        await page.GetByLabel("Hiển thị").SelectOptionAsync("value");
        await page.Locator("#pivot-submit").ClickAsync();
        var district = page.Locator("#pivot-table tbody tr[data-key='2014-Q2'] td[data-key='200']");
        // The district adds its commune's survey a moment after the command is acknowledged.
        for (var tries = 0; tries < 50 && (await district.InnerTextAsync()).Trim() != "75,0"; tries++)
        {
            await page.WaitForTimeoutAsync(100);
            await page.ReloadAsync();
        }

        var headers = await page.Locator("#pivot-table thead th").AllInnerTextsAsync();
        var cells = await page.Locator("#pivot-table tbody td").AllInnerTextsAsync();
        Assert.Equal(["Kỳ", "Đầm Hà", "Quảng Tân"], headers.Select(h => h.Trim()));
        Assert.Equal(8, cells.Count);
        await Expect(district).ToHaveTextAsync("75,0");
        await Expect(page.Locator("#pivot-table tbody tr[data-key='2014-Q2'] td[data-key='06913']")).ToHaveTextAsync("75,0");

        var name = "Quảng Tân theo quý " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("Tên bảng").FillAsync(name);
        var posted = await page.RunAndWaitForResponseAsync(() => page.Locator("#favourite-save").ClickAsync(), r => r.Request.Method == "POST");
        await page.WaitForLoadStateAsync();
        Assert.True(await page.Locator("#favourite-list a", new() { HasText = name }).CountAsync() == 1,
            $"not saved: {posted.Status} {page.Url} {await page.Locator("body").InnerTextAsync()}");

        // Afresh: the default table (indicators × districts), then the saved one from "Bảng đã lưu".
        await page.GotoAsync("/phan-tich");
        await Expect(page.Locator("#pivot-favourites h2")).ToHaveTextAsync("Bảng đã lưu");
        await Expect(page.Locator("#pivot-table thead th").First).ToHaveTextAsync("Đơn vị");
        await page.Locator("#favourite-list a", new() { HasText = name }).ClickAsync();

        await page.WaitForURLAsync("**/phan-tich?*rows=period*");
        Assert.Equal(headers, await page.Locator("#pivot-table thead th").AllInnerTextsAsync());
        Assert.Equal(cells, await page.Locator("#pivot-table tbody td").AllInnerTextsAsync());
        await Expect(page.Locator("#pivot-table tbody tr[data-key='2014-Q2'] td[data-key='06913']")).ToHaveTextAsync("75,0");
        await Expect(page.GetByLabel("Mã chỉ tiêu (để trống: tất cả)")).ToHaveValueAsync("IND-03");
        await Expect(page.GetByLabel("Cấp (province, district, commune) hoặc các mã GSO")).ToHaveValueAsync("200,06913");
        await Screenshots.SaveAsync(page, "22-pivot-favourite-reloaded");

        await page.GetByLabel("Bảng đã lưu cần xóa").SelectOptionAsync(name);
        await page.Locator("#favourite-delete").ClickAsync();

        await Expect(page.Locator("#favourite-list a", new() { HasText = name })).ToHaveCountAsync(0);
        await Expect(page.Locator("#pivot-table")).ToBeVisibleAsync();
    }
}
