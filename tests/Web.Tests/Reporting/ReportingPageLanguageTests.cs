using System.Net;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests.Reporting;

/// <summary>The reporting page in both languages, and an unknown period shown as a clear message with the default period.</summary>
[Collection(ReportingWebCollection.Name)]
public sealed class ReportingPageLanguageTests(ReportingWebFixture fixture)
{

    [Fact]
    public async Task ThePageIsVietnameseByDefaultAndEnglishOnRequest()
    {
        var vietnamese = await PageAsync("/bao-cao?period=2012-Q2");
        Assert.Contains("<h1>Chế độ báo cáo định kỳ</h1>", vietnamese);
        Assert.Contains("Kỳ Quý II/2012", vietnamese);
        Assert.Contains(">6 tháng đầu năm 2012</option>", vietnamese);

        var english = await PageAsync("/bao-cao?period=2012-Q2&culture=en-GB");
        Assert.Contains("<h1>Periodic reporting</h1>", english);
        Assert.Contains("Overdue reporters", english);
        Assert.Contains(">Q2 2012</option>", english);
        Assert.Contains(">H1 2012</option>", english);
    }

    [Fact]
    public async Task AnUnknownPeriodIsNamedAndTheDefaultShown()
    {
        var html = await PageAsync("/bao-cao?period=2019-Q1");

        Assert.Contains("Kỳ '2019-Q1' không thuộc chế độ báo cáo", html);
        Assert.Contains("role=\"alert\"", html);
    }

    private async Task<string> PageAsync(string path)
    {
        // The reporting pages are for signed-in users; an analyst reads them.
        var client = await fixture.SignedInClientAsync(Parties.Analyst);
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
