using System.Net;
using System.Text.RegularExpressions;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests;

/// <summary>The pages of a project, of an agency and an indicator's written definition, and the province page's links to them.</summary>
[Collection(WebCollection.Name)]
public sealed partial class ProjectAgencyAndIndicatorPageTests(WebFixture fixture)
{
    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task TheIndicatorPageGivesTheSpecificationsDefinitionInVietnameseAndInEnglish()
    {
        var vietnamese = await PageAsync("/chi-tieu/IND-10?period=2014");
        var english = await PageAsync("/chi-tieu/IND-10?period=2014&culture=en-GB");

        Assert.Contains("<dt>Tử số</dt><dd>số vụ án phải xét xử trong năm đã được xét xử trong năm</dd>", vietnamese);
        Assert.Contains("<dt>Numerator</dt><dd>cases due for trial in the year that were tried in the year</dd>", english);
        Assert.Contains("<dt>Denominator</dt><dd>cases due for trial in the year: prosecuted (sent to court) on or before the year end and not tried before the year started</dd>", english);
        Assert.Contains("<dt>Period rule</dt><dd>court-statistics rule (carried-over cases count)</dd>", english);
        Assert.Contains("2015: 95,0", vietnamese);
        // The charts' legends are in the page's language only, given by the page to the script.
        Assert.Contains("data-result=\"Result (%)\" data-target=\"Target (%)\"", english);
        Assert.Contains("data-result=\"Kết quả (%)\" data-target=\"Mục tiêu (%)\"", vietnamese);
        var script = await _client.GetStringAsync("/js/indicator-chart.js");
        Assert.DoesNotContain("Result", script);
        Assert.Contains("source.dataset.result", script);
    }

    [Fact]
    public async Task TheProjectPageShowsOnlyItsIndicatorsItsOutputsEveryDistrictAndItsAgenciesLeadFirst()
    {
        await _client.AcceptAsync("/provinces/22/persons/TN-PROJECT-2013/reception", new
        {
            idempotencyKey = "project-page-reception",
            actor = new { userId = "bdbp-01", agencyCode = "BDBP", role = "caseWorker" },
            receivedOn = "2013-07-02", place = "hoanhMo", howReturned = "rescued", countryCode = "CN", homeUnitCode = "06808",
            sex = "male", birthYear = 1990, personalData = new { fullName = "Trần Văn Kín" }, wantsConfidentiality = false,
        });

        // The province adds its districts' snapshots a moment after the command is acknowledged.
        var html = await Eventually.ReturnsAsync(
            () => PageAsync("/de-an/3?period=2013"), h => h.Contains("· Cửa khẩu Hoành Mô</td>", StringComparison.Ordinal),
            "the province's outputs to count the person received", TimeSpan.FromSeconds(10));

        // One person received in the province in the quarter: a count of 1, shown to the public as "< 5", with its
        // breakdowns and the indicator's value; a signed-in Steering Committee leader sees 1.
        Assert.Matches("· Cửa khẩu Hoành Mô</td><td class=\"num\"[^>]*>< 5</td>", Table(html, "project-outputs"));
        Assert.Matches("· Nam</td><td class=\"num\"[^>]*>< 5</td>", Table(html, "project-outputs"));
        Assert.Matches("· Từ 18 đến 30 tuổi</td><td class=\"num\"[^>]*>< 5</td>", Table(html, "project-outputs"));
        Assert.Matches("<tr data-indicator=\"IND-12\">[\\s\\S]*?<td class=\"num counts\"[^>]*>0 / < 5</td>\\s*<td class=\"num value\"[^>]*>ẩn</td>", Table(html, "project-scorecard"));
        Assert.DoesNotContain("Trần Văn Kín", html);
        var leader = await fixture.SignedInClientAsync(Parties.Leader);
        var exact = WebUtility.HtmlDecode(await leader.GetStringAsync("/de-an/3?period=2013"));
        Assert.Matches("· Cửa khẩu Hoành Mô</td><td class=\"num\"[^>]*>1</td>", Table(exact, "project-outputs"));
        Assert.Matches("· Nam</td><td class=\"num\"[^>]*>1</td>", Table(exact, "project-outputs"));
        Assert.Matches("<tr data-indicator=\"IND-12\">[\\s\\S]*?<td class=\"num counts\"[^>]*>0 / 1</td>\\s*<td class=\"num value\"[^>]*>0,0</td>", Table(exact, "project-scorecard"));
        Assert.Equal(["IND-12", "IND-13", "IND-14"], IndicatorRow().Matches(Table(html, "project-scorecard")).Select(m => m.Groups[1].Value));
        Assert.Equal(14, DistrictRow().Matches(Table(html, "project-districts")).Count);
        Assert.Contains("href=\"/huyen/193?period=2013\"", Table(html, "project-districts"));
        Assert.Contains("Tiếp nhận, xác minh, bảo vệ và hỗ trợ nạn nhân bị mua bán trở về", html);
        var agencies = AgencyLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal("LDTBXH", agencies[0]);
        Assert.Equal(["BDBP", "CA", "HLHPN", "LDTBXH", "TP", "YT"], agencies.Order());
        using var none = await _client.GetAsync("/de-an/4");
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    [Fact]
    public async Task TheAgencyPageCountsTheCommandsTheAgencyHadAcceptedAndNamesItsProjects()
    {
        var before = ActivityCount(await PageAsync("/co-quan/TP"), "RecordSurvey");
        await _client.AcceptAsync("/communes/07129/surveys", new
        {
            idempotencyKey = "agency-page-survey",
            actor = new { userId = "tp-01", agencyCode = "TP" },
            surveyId = "KS-TP-2012",
            conductedOn = "2012-09-20",
            respondents = 50,
            aware = 31,
        });

        var html = await PageAsync("/co-quan/TP");

        Assert.Contains("<h1>Sở Tư pháp</h1>", html);
        Assert.Equal(before + 1, ActivityCount(html, "RecordSurvey"));
        Assert.Contains("<td>Khảo sát nhận thức của người dân</td>", html);
        Assert.Equal(["1", "3"], ProjectItem().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Contains("<a id=\"agency-reports-link\" href=\"/bao-cao\">", html);
        Assert.Contains("<a id=\"reports-link\" href=\"/bao-cao\">Báo cáo</a>", html);
        using var none = await _client.GetAsync("/co-quan/XYZ");
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    [Fact]
    public async Task TheProvincePageLinksToEveryProjectAndEveryAgency()
    {
        var html = await PageAsync("/?period=2013");

        Assert.Equal(["1", "2", "3"], ProjectLink().Matches(html).Select(m => m.Groups[1].Value).Distinct());
        Assert.Equal(13, AgencyLink().Matches(Section(html, "agency-links")).Count);
        Assert.Contains("<a id=\"three-sector-link\" href=\"/thong-ke-lien-nganh?period=2013\">Thống kê liên ngành về tội phạm mua bán người</a>", html);
        Assert.Contains("<h1>Thống kê liên ngành về tội phạm mua bán người</h1>", await PageAsync("/thong-ke-lien-nganh?period=2013"));
        Assert.Contains(">Three-sector statistics on trafficking crime</a>", await PageAsync("/?period=2013&culture=en-GB"));
    }

    private async Task<string> PageAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static long ActivityCount(string html, string kind)
    {
        var m = Regex.Match(html, $"<tr data-activity=\"{kind}\"><td>[^<]*</td><td class=\"num\">([0-9.]+)</td>");
        return m.Success ? long.Parse(m.Groups[1].Value.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    private static string Table(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no table {id}");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no list {id}");
        return html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("<tr data-indicator=\"([^\"]+)\">")]
    private static partial Regex IndicatorRow();

    [GeneratedRegex("<tr data-unit=\"([^\"]+)\">")]
    private static partial Regex DistrictRow();

    [GeneratedRegex("<a href=\"/co-quan/([^\"]+)\">")]
    private static partial Regex AgencyLink();

    [GeneratedRegex("<a href=\"/de-an/([0-9])\\?")]
    private static partial Regex ProjectLink();

    [GeneratedRegex("<li data-project=\"([0-9])\">")]
    private static partial Regex ProjectItem();
}
