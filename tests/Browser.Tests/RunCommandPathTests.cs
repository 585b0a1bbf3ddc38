using AntiTrafficking.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafficking.Browser.Tests;

/// <summary>
/// What a newcomer meets after the README's ./run.sh (the fixture starts the system with it): styled pages, drawn
/// charts, a connected live badge and figures that change by themselves.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RunCommandPathTests(BrowserFixture fixture)
{
    // The layout's header is the brand red of site.css (--brand: #a3151a); Bootstrap lays out .row as a flex row.
    private const string BrandRed = "rgb(163, 21, 26)";

    [Fact]
    public async Task ThePagesServedByTheRunCommandCarryTheSiteStylesAndBootstrap()
    {
        var page = await fixture.NewPageAsync();
        var stylesheet = await page.APIRequest.GetAsync("/css/site.css");
        Assert.Equal(200, stylesheet.Status);
        await page.GotoAsync("/");

        await Expect(page.Locator(".site-header")).ToHaveCSSAsync("background-color", BrandRed);
        await Expect(page.Locator("#projects-and-agencies")).ToHaveCSSAsync("display", "flex");
        await Expect(page.Locator(".site-header a").First).ToHaveCSSAsync("color", "rgb(255, 255, 255)");
    }

    [Fact]
    public async Task TheHostsStartedByTheRunCommandReadTheirOwnSettingsSoNoRequestIsLoggedOneByOne()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.GotoAsync("/ban-do");

        // run.sh starts both from the repository root; their appsettings.json (beside the assemblies) set the framework's
        // request logs to warnings, so a page view writes no line of its own.
        foreach (var host in new[] { "web", "silo" })
        {
            await using var file = new FileStream(Path.Combine(fixture.Run.StateFolder, "logs", host + ".log"), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var log = await new StreamReader(file).ReadToEndAsync();
            Assert.Contains("Application started", log, StringComparison.Ordinal);
            Assert.DoesNotContain("Microsoft.AspNetCore.Hosting.Diagnostics", log, StringComparison.Ordinal);
            Assert.DoesNotContain("Microsoft.AspNetCore.Routing.EndpointMiddleware", log, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheProvincePageAndAnIndicatorPageDrawTheirCharts()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?period=2014");
        await AssertDrawnAsync(page, "#chart-indicators", bars: 14);

        await page.GotoAsync("/chi-tieu/IND-06?period=2014");
        await AssertDrawnAsync(page, "#chart-districts", bars: 14);
        await AssertDrawnAsync(page, "#chart-years", bars: 5);
    }

    [Fact]
    public async Task TheLiveBadgeSaysConnectedAndACommandSentThroughTheApiShowsWithinASecondAndAHalfWithoutReloading()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/huyen/193?period=2014");
        await Expect(page.Locator("#live-status")).ToHaveTextAsync("Đã kết nối");
        await Expect(page.Locator("#live-status")).ToHaveCSSAsync("color", "rgb(22, 107, 50)");
        var counts = page.Locator("#unit-scorecard tr[data-indicator='IND-06'] td.counts");
        await Expect(counts).ToHaveTextAsync("0 / 0");
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        await ApiCommands.RecordOfficialsAsync(fixture, "193", "06649", new DateOnly(2014, 4, 1), total: 8, trained: 6);

        await Expect(counts).ToHaveTextAsync("6 / 8", new() { Timeout = 1_500 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "The page was reloaded.");
        await Screenshots.SaveAsync(page, "00-run-command-district-live");
    }

    /// <summary>The canvas holds a chart.js chart with <paramref name="bars"/> labels and has pixels drawn on it.</summary>
    private static async Task AssertDrawnAsync(IPage page, string canvas, int bars)
    {
        await Expect(page.Locator(canvas)).ToBeVisibleAsync();
        var labels = await page.EvaluateAsync<int>($"() => Chart.getChart(document.querySelector('{canvas}'))?.data.labels.length ?? -1");
        Assert.Equal(bars, labels);
        var painted = await page.EvaluateAsync<int>($$"""
            () => {
                const c = document.querySelector('{{canvas}}');
                const pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let painted = 0;
                for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) painted++;
                return painted;
            }
            """);
        Assert.True(painted > 1_000, $"{canvas} has {painted} painted pixels.");
    }
}
