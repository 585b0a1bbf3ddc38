using AntiTrafficking.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafficking.Browser.Tests;

/// <summary>From the province to a project's page and on to an agency's page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProjectAndAgencyPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ALeaderOpensProjectOneFromTheProvinceThenItsLeadAgency()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?period=2014");

        await page.Locator("#project-links a[href^='/de-an/1']").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Đề án 1");
        await Expect(page.Locator("#project-scorecard tbody tr")).ToHaveCountAsync(6);
        await Expect(page.Locator("#project-districts tbody tr")).ToHaveCountAsync(14);
        await Expect(page.Locator("#project-outputs")).ToBeVisibleAsync();
        await Expect(page.Locator("#live-status")).ToHaveTextAsync("Đã kết nối");
        await Screenshots.SaveAsync(page, "09-project-1-2014");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sở Thông tin và Truyền thông" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sở Thông tin và Truyền thông");
        await Expect(page.Locator("#agency-projects li[data-project='1']")).ToContainTextAsync("chủ trì");
        await Expect(page.Locator("#agency-activity")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "10-agency-tttt");
    }
}
