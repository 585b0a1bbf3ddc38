using AntiTrafficking.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafficking.Browser.Tests;

/// <summary>Vietnamese first, English on a switch that the site remembers.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TheSiteSpeaksVietnameseFirstAndSwitchesToEnglishAndBackKeepingThePageAndPeriod()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?period=2013-H1");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Tỉnh Quảng Ninh");
        await Expect(page.Locator("#province-scorecard thead")).ToContainTextAsync("Đánh giá");
        await Expect(page.Locator("#province-scorecard tr[data-indicator='IND-05'] td").Nth(1)).ToHaveTextAsync("Xã có ≥ 10 tuyên truyền viên");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Quảng Ninh Province");
        await Expect(page.Locator("#period option:checked")).ToHaveTextAsync("H1 2013");
        await Expect(page.Locator("#province-scorecard thead")).ToContainTextAsync("Assessment");
        await Expect(page.Locator("#province-scorecard tr[data-indicator='IND-05'] .badge")).ToHaveTextAsync("Not met");
        await Expect(page.Locator("#live-status")).ToHaveTextAsync("Connected");
        await Screenshots.SaveAsync(page, "06-province-english");

        await page.GotoAsync("/huyen/203");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Vân Đồn District");

        await page.GetByRole(AriaRole.Link, new() { Name = "Tiếng Việt" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Huyện Vân Đồn");
        await Expect(page.Locator("#live-status")).ToHaveTextAsync("Đã kết nối");
    }
}
