using AntiTrafficking.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafficking.Browser.Tests;

/// <summary>
/// Every text of the layout reaches WCAG AA contrast on the background it is drawn on, as the browser computes them:
/// header and navigation (signed out and in), footer, buttons, links, status badges, alerts and a field's error.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutContrastTests(BrowserFixture fixture)
{
    [Fact]
    public async Task EveryTextOfTheLayoutHasAContrastOfAtLeastFourAndAHalfToOneOrThreeForLargeText()
    {
        var page = await fixture.NewPageAsync();
        var shown = new List<(string Page, TextPair Pair)>();

        async Task ReadAsync(string address)
        {
            shown.AddRange((await TextContrast.OfAsync(page)).Select(p => (address, p)));
        }

        await page.GotoAsync("/");
        await ReadAsync("/");
        await page.GotoAsync("/xa/07069?period=2014");
        await ReadAsync("/xa/07069");
        await page.GotoAsync("/dang-nhap");
        await ReadAsync("/dang-nhap");
        await fixture.SignInAsync(page);
        await ReadAsync("/ (signed in)");
        await page.GotoAsync("/nhap-lieu");
        await ReadAsync("/nhap-lieu");
        await page.GotoAsync("/nhap-lieu/can-bo-chuyen-trach");
        await page.GetByLabel("Xã, phường, thị trấn").SelectOptionAsync("07069");
        await page.GetByLabel("Tính đến ngày").FillAsync("2014-04-01");
        await page.GetByLabel("Số cán bộ chuyên trách").FillAsync("2");
        await page.GetByLabel("Số đã được tập huấn").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(page.Locator("#f-trained-error")).ToBeVisibleAsync();
        await ReadAsync("/nhap-lieu/can-bo-chuyen-trach (refused)");

        var elements = shown.Select(s => s.Pair.Element).ToHashSet();
        foreach (var expected in new[] { "a.brand", "a#reports-link", "a#language-switch", "span#signed-in-as", "button#sign-out.btn.btn-link.p-0", "a#sign-in-link",
                     "footer.site-footer", "button.btn.btn-primary", "div#f-trained-error.invalid-feedback.d-block", "p#form-error.alert.alert-danger" })
        {
            Assert.Contains(expected, elements);
        }

        Assert.Contains(shown, s => s.Pair.Element.Contains("badge", StringComparison.Ordinal));
        var unreadable = shown.Where(s => s.Pair.Ratio < s.Pair.Required).Select(s => $"{s.Page}: {s.Pair}").Distinct().ToList();
        Assert.True(unreadable.Count == 0, "Below WCAG AA:\n" + string.Join("\n", unreadable));
    }
}
