using AntiTrafficking.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafficking.Browser.Tests;

/// <summary>An officer records figures through a form, with the keyboard and the labels, and sees them counted.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DataEntryTests(BrowserFixture fixture)
{
    private const string Commune = "07069";

    [Fact]
    public async Task AnOfficerFillsTheOfficialsFormByItsLabelsSeesTheFieldAtFaultThenTheCommunesNewFigures()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.Locator("#data-entry-link")).ToHaveCountAsync(0);
        await fixture.SignInAsync(page);
        await page.Locator("#data-entry-link").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Cán bộ xã chuyên trách và số đã tập huấn" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Cán bộ xã chuyên trách và số đã tập huấn");

        await Expect(page.Locator("#acting-party")).ToContainTextAsync("officer-browser");
        await page.GetByLabel("Xã, phường, thị trấn").SelectOptionAsync(Commune);
        await page.GetByLabel("Tính đến ngày").FillAsync("2014-04-01");
        await page.GetByLabel("Số cán bộ chuyên trách").FillAsync("8");
        await page.GetByLabel("Số đã được tập huấn").FillAsync("9");
        await page.GetByLabel("Số đã được tập huấn").PressAsync("Enter");

        await Expect(page.Locator("#f-trained-error")).ToHaveTextAsync("'Số đã được tập huấn' không được lớn hơn 'Số cán bộ chuyên trách'.");
        await Expect(page.GetByLabel("Số đã được tập huấn")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#entry-confirmation")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "11-form-field-error");

        await page.GetByLabel("Số đã được tập huấn").FillAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();

        var figures = page.Locator("#entry-figures tr[data-indicator='IND-06']");
        await Expect(page.Locator("#entry-confirmation")).ToContainTextAsync("Đã ghi nhận.");
        await Expect(figures.Locator(".counts")).ToHaveTextAsync("6 / 8");
        await Expect(figures.Locator(".value")).ToHaveTextAsync("75,0");
        await Screenshots.SaveAsync(page, "12-form-confirmation");

        await page.GetByRole(AriaRole.Link, new() { Name = "Xem trang đơn vị" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Thị trấn Mạo Khê");
        await Expect(page.Locator("#unit-scorecard tr[data-indicator='IND-06'] td.counts")).ToHaveTextAsync("6 / 8");
    }

    [Fact]
    public async Task ASurveyAndATipDatedAfterTodayAreRefusedNextToTheDateByItsLabelThenRecorded()
    {
        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page);

        await page.GotoAsync("/nhap-lieu/khao-sat-nhan-thuc");
        await page.GetByLabel("Xã, phường, thị trấn").SelectOptionAsync("07081");
        await page.GetByLabel("Mã đợt khảo sát").FillAsync("KS-BROWSER-07081");
        await page.GetByLabel("Ngày khảo sát").FillAsync("2099-05-02");
        await page.GetByLabel("Số người được hỏi").FillAsync("40");
        await page.GetByLabel("Số người hiểu biết").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();

        await Expect(page.Locator("#f-conductedOn-error")).ToContainTextAsync("Ngày khảo sát: Ngày 02/05/2099 ở tương lai");
        await Expect(page.GetByLabel("Ngày khảo sát")).ToHaveAttributeAsync("aria-describedby", "f-conductedOn-error");
        await Expect(page.Locator("#entry-confirmation")).ToHaveCountAsync(0);
        await page.GetByLabel("Ngày khảo sát").FillAsync("2014-05-02");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(page.Locator("#entry-confirmation")).ToContainTextAsync("Đã ghi nhận.");
        await Expect(page.Locator("#entry-figures tr[data-indicator='IND-03'] .counts")).ToHaveTextAsync("30 / 40");

        await page.GotoAsync("/nhap-lieu/tiep-nhan-tin-bao");
        await page.GetByLabel("Số hiệu tin báo (do cơ quan tiếp nhận đặt)").FillAsync("TB-BROWSER-07081");
        await page.GetByLabel("Ngày tiếp nhận").FillAsync("2099-01-05");
        await page.GetByLabel("Nơi xảy ra (xã; không rõ xã thì cả huyện)").SelectOptionAsync("07081");
        await page.GetByLabel("Nguồn tin").SelectOptionAsync("citizen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();

        await Expect(page.Locator("#f-receivedOn-error")).ToContainTextAsync("Ngày tiếp nhận: Ngày 05/01/2099 ở tương lai");
        await page.GetByLabel("Ngày tiếp nhận").FillAsync("2014-01-05");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(page.Locator("#entry-confirmation")).ToContainTextAsync("Đã ghi nhận.");
        await Expect(page.Locator("#entry-figures")).ToBeVisibleAsync();
    }
}
