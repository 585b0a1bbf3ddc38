using Microsoft.Playwright;

namespace AntiTrafficking.Browser.Tests.Infrastructure;

/// <summary>Saves full-page screenshots of what the tests see, for people to look at after the run.</summary>
internal static class Screenshots
{
    /// <summary>Saves the page as screenshots/<paramref name="name"/>.png.</summary>
    public static Task SaveAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"),
            FullPage = true,
        });
}
