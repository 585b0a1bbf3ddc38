using AntiTrafficking.Browser.Tests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafficking.Browser.Tests;

/// <summary>
/// axe-core, run in the browser on every kind of page (public, signed in as an officer, as the administrator, and a
/// form showing a refused field), finds nothing serious or critical.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    [Fact]
    public async Task NoPageHasASeriousOrCriticalAccessibilityFinding()
    {
        var findings = new List<string>();
        var page = await fixture.NewPageAsync();

        async Task CheckAsync(string name)
        {
            var result = await page.RunAxe();
            Assert.NotEmpty(result.Passes);
            findings.AddRange(result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .SelectMany(v => v.Nodes.Select(n => $"{name} ({page.Url}): {v.Impact} {v.Id} — {v.Help}: {n.Target} {n.Html} {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}")));
        }

        foreach (var (name, address) in new[]
                 {
                     ("home", "/"), ("district", "/huyen/205"), ("commune", "/xa/07069"), ("indicator", "/chi-tieu/IND-01"),
                     ("project", "/de-an/2"), ("agency", "/co-quan/CA"), ("three-sector statistics", "/thong-ke-lien-nganh"), ("map", "/ban-do"),
                     ("pivot", "/phan-tich?ind=IND-03,IND-05&units=district&periods=2013"),
                     ("sign-in", "/dang-nhap"), ("home in English", "/ngon-ngu/en-GB?returnUrl=%2F"),
                 })
        {
            await page.GotoAsync(address);
            await CheckAsync(name);
        }

        await page.GotoAsync("/ngon-ngu/vi-VN?returnUrl=%2F");
        await fixture.SignInAsync(page);
        foreach (var (name, address) in new[] { ("data-entry list", "/nhap-lieu"), ("data-entry form", "/nhap-lieu/khao-sat-nhan-thuc"), ("reporting", "/bao-cao") })
        {
            await page.GotoAsync(address);
            await CheckAsync(name);
        }

        await page.GotoAsync("/nhap-lieu/khao-sat-nhan-thuc");
        await page.GetByLabel("Xã, phường, thị trấn").SelectOptionAsync("07069");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(page.Locator("#f-surveyId-error")).ToBeVisibleAsync();
        await CheckAsync("data-entry form refused");

        var administrator = await fixture.NewPageAsync();
        page = administrator;
        await fixture.SignInAsAdministratorAsync(page);
        foreach (var (name, address) in new[] { ("admin", "/quan-tri"), ("audit", "/quan-tri/nhat-ky") })
        {
            await page.GotoAsync(address);
            await CheckAsync(name);
        }

        Assert.True(findings.Count == 0, "axe-core found:\n" + string.Join("\n", findings));
    }
}
