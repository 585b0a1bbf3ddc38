using AntiTrafficking.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafficking.Browser.Tests;

/// <summary>An open page follows the figures as commands arrive, without being reloaded.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveUpdateTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TheOpenProvincePageTurnsADistrictsCellGreenWithItsNewValueWithinASecondOfACommandWithoutReloading()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?period=2015");
        await Expect(page.Locator("#live-status")).ToHaveTextAsync("Đã kết nối");
        var cell = page.Locator("#district-matrix tr[data-district='198'] td[data-indicator='IND-06']");
        await Expect(cell).ToHaveTextAsync("—");
        await Expect(cell).ToHaveCSSAsync("background-color", StatusColours.NoData);
        await page.EvaluateAsync("() => window.notReloaded = true");

        await ApiCommands.RecordOfficialsAsync(fixture, "06841", new DateOnly(2015, 3, 1), total: 6, trained: 6);

        await Expect(cell).ToHaveTextAsync("100,0", new() { Timeout = 1_000 });
        await Expect(cell).ToHaveCSSAsync("background-color", StatusColours.Met);
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
        await Screenshots.SaveAsync(page, "05-province-live-2015");
    }
}
