using AntiTrafficking.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafficking.Browser.Tests;

/// <summary>From the province to a district and on to a commune by clicking the numbers and names.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DrillDownTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ALeaderClicksADistrictsNumberThenACommuneAndSeesEachLevelsScorecardForTheSamePeriod()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?period=2013");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Tỉnh Quảng Ninh");
        await Expect(page.Locator("#province-scorecard tbody tr")).ToHaveCountAsync(14);
        await Screenshots.SaveAsync(page, "01-province");

        await page.Locator("tr[data-district='203'] td[data-indicator='IND-05'] a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/huyen/203\\?period=2013$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Huyện Vân Đồn");
        await Expect(page.Locator("#period option:checked")).ToHaveTextAsync("Năm 2013");
        await Expect(page.Locator("#commune-matrix tbody tr[data-unit='06994'] th")).ToHaveTextAsync("Cái Rồng");
        await Screenshots.SaveAsync(page, "02-district-van-don");

        await page.GetByRole(AriaRole.Link, new() { Name = "Cái Rồng" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Thị trấn Cái Rồng");
        await Expect(page.Locator("nav.crumbs")).ToContainTextAsync("Tỉnh Quảng Ninh › Vân Đồn › Cái Rồng");
        await Expect(page.Locator("#unit-scorecard tbody tr[data-indicator='IND-06']")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "03-commune-cai-rong");

        await page.GetByRole(AriaRole.Link, new() { Name = "Vân Đồn" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Huyện Vân Đồn");
    }

    [Fact]
    public async Task OnAPhoneTheProvinceScorecardFitsTheScreenWidthWithItsStatusesVisible()
    {
        var page = await fixture.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync("/?period=2013");

        var badge = page.Locator("#province-scorecard tr[data-indicator='IND-04'] .badge");
        await badge.ScrollIntoViewIfNeededAsync();
        await Expect(badge).ToBeInViewportAsync();
        await Screenshots.SaveAsync(page, "08-province-phone");
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('province-scorecard').getBoundingClientRect().right <= window.innerWidth"));
    }
}
