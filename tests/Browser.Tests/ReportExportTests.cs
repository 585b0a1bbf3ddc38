using System.Text.RegularExpressions;
using AntiTrafficking.Browser.Tests.Infrastructure;
using AntiTrafficking.WebFrontend.Reporting;
using Microsoft.Playwright;
using MiniExcelLibs;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafficking.Browser.Tests;

/// <summary>The standing office exports a period from /bao-cao: the progress of the export job shows, then the file downloads.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReportExportTests(BrowserFixture fixture)
{
    private static readonly string[] Sheets =
        [ReportWorkbook.Indicators, ReportWorkbook.Districts, ReportWorkbook.Outputs, ReportWorkbook.ThreeSector, ReportWorkbook.Submissions];

    [Fact]
    public async Task ClickingTheExcelExportShowsTheJobsProgressThenDownloadsTheWorkbookItMade()
    {
        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page);
        await page.GotoAsync("/bao-cao?period=2013");
        await Expect(page.Locator("#export-progress")).ToBeHiddenAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-xlsx").ClickAsync());

        await Expect(page.Locator("#export-progress")).ToBeVisibleAsync();
        await Expect(page.Locator("#export-progress-bar")).ToHaveJSPropertyAsync("value", 100);
        await Expect(page.Locator("#export-stage")).ToHaveTextAsync("Đã tạo xong tệp. 100%");
        await Expect(page.Locator("#export-file")).ToHaveAttributeAsync("href", JobFile());
        Assert.Matches(JobFile(), download.Url);
        Assert.Equal("bao-cao-22-2013.xlsx", download.SuggestedFilename);
        await using (var stream = await download.CreateReadStreamAsync())
        {
            using var workbook = new MemoryStream();
            await stream.CopyToAsync(workbook);
            Assert.Equal(Sheets, MiniExcel.GetSheetNames(workbook));
            workbook.Position = 0;
            Assert.Equal(14, workbook.Query(useHeaderRow: true, sheetName: ReportWorkbook.Districts, excelType: ExcelType.XLSX, startCell: ReportWorkbook.HeaderCell).Count());
        }

        await Screenshots.SaveAsync(page, "14-report-export-progress");
    }

    [Fact]
    public async Task WithScriptsOffTheExportLinkDownloadsTheFileDirectly()
    {
        var page = await fixture.NewPageAsync(scripts: false);
        await fixture.SignInAsync(page);
        await page.GotoAsync("/bao-cao?period=2013");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-csv").ClickAsync());

        Assert.EndsWith("/api/v1/provinces/22/reporting/periods/2013/scorecards.csv", download.Url, StringComparison.Ordinal);
        Assert.Equal("bao-cao-22-2013.csv", download.SuggestedFilename);
        await Expect(page.Locator("#export-progress")).ToBeHiddenAsync();
    }

    [GeneratedRegex("/api/v1/provinces/22/reporting/periods/2013/exports/[0-9a-f]{32}/file$")]
    private static partial Regex JobFile();
}
