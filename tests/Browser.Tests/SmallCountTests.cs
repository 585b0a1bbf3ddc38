using AntiTrafficking.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafficking.Browser.Tests;

/// <summary>What a commune's officer records shows on the commune's public page, with small counts protected.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SmallCountTests(BrowserFixture fixture)
{
    [Fact]
    public async Task FourOfFourOfficialsTrainedShowAsLessThanFiveWithThePercentageAndStatusThatWouldGiveThemAwayHidden()
    {
        await ApiCommands.RecordOfficialsAsync(fixture, "203", "07000", new DateOnly(2015, 6, 1), total: 4, trained: 4);

        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/xa/07000?period=2015");
        var row = page.Locator("#unit-scorecard tbody tr[data-indicator='IND-06']");
        await Expect(row.Locator("td.counts")).ToHaveTextAsync("< 5 / < 5");
        await Expect(row.Locator("td.value")).ToHaveTextAsync("ẩn");
        await Expect(row.Locator(".badge")).ToHaveTextAsync("Ẩn (số nhỏ)");
        await Screenshots.SaveAsync(page, "04-commune-binh-dan-2015");

        await page.GotoAsync("/huyen/203?period=2015");
        var cell = page.Locator("#commune-matrix tr[data-unit='07000'] td[data-indicator='IND-06']");
        await Expect(cell.Locator(".cell-value")).ToHaveTextAsync("ẩn");
        await Expect(cell.Locator(".cell-counts")).ToHaveTextAsync("< 5 / < 5");
        await Expect(page.Locator("#unit-scorecard tr[data-indicator='IND-06'] td.counts")).ToHaveTextAsync("4 / 4");
    }
}
