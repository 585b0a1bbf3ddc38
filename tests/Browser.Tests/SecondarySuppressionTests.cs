using AntiTrafficking.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafficking.Browser.Tests;

/// <summary>A district's public page hides a second commune where one small count could be worked out from the district's total.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SecondarySuppressionTests(BrowserFixture fixture)
{
    [Fact]
    public async Task CoTosSmallSurveyIsLessThanFiveAndTheNextSmallestCommuneIsWithheldWhileTheDistrictTotalStays()
    {
        await ApiCommands.RecordSurveyAsync(fixture, "07192", new DateOnly(2012, 4, 1), respondents: 3, aware: 3);
        await ApiCommands.RecordSurveyAsync(fixture, "07195", new DateOnly(2012, 4, 1), respondents: 12, aware: 6);
        await ApiCommands.RecordSurveyAsync(fixture, "07198", new DateOnly(2012, 4, 1), respondents: 20, aware: 15);

        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/huyen/207?period=2012");

        await Expect(page.Locator("#unit-scorecard tr[data-indicator='IND-03'] td.counts")).ToHaveTextAsync("24 / 35");
        Task Cell(string commune, string value, string counts) => Task.WhenAll(
            Expect(page.Locator($"#commune-matrix tr[data-unit='{commune}'] td[data-indicator='IND-03'] .cell-value")).ToHaveTextAsync(value),
            Expect(page.Locator($"#commune-matrix tr[data-unit='{commune}'] td[data-indicator='IND-03'] .cell-counts")).ToHaveTextAsync(counts));
        await Cell("07192", "ẩn", "< 5 / < 5");
        await Cell("07195", "ẩn", "ẩn / ẩn");
        await Cell("07198", "75,0", "15 / 20");
        await Expect(page.Locator("#commune-matrix tr[data-unit='07192'] td[data-indicator='IND-03']")).ToHaveCSSAsync("background-color", "rgb(255, 255, 255)");
        await Screenshots.SaveAsync(page, "13-district-co-to-suppression-2012");
    }
}
