using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.Web.Tests.Infrastructure;
using static AntiTrafficking.Web.Tests.Infrastructure.Commands;

namespace AntiTrafficking.Web.Tests.Trends;

/// <summary>
/// The trend by quarter (issue 20.2) of the indicator page and of a district's and a commune's page: its table holds,
/// for every quarter of the program, the target and the province's and each district's value (the district's or the
/// commune's on its page), equal to the quarterly scorecards of the API. A survey in Đại Dực
/// (06868, Tiên Yên 199) in Q3 2012 (45 aware of 60) is no other test's.
/// </summary>
[Collection(QuarterDataCollection.Name)]
public sealed partial class QuarterTrendPageTests(QuarterDataWebFixture fixture)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static Task? _seeding;
    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task TheIndicatorPagesQuarterTableEqualsTheQuarterlyScorecardsOfTheProvinceAndEveryDistrict()
    {
        await SeededAsync();

        // The province adds its districts' figures a moment after the command is acknowledged.
        var (shown, expected) = await Eventually.ReturnsAsync(
            async () => (Rows(await PageAsync("/chi-tieu/IND-03")), await ProvinceQuartersAsync("IND-03")),
            t => t.Item1.TryGetValue("2012-Q3", out var row) && row["199"] == "75,0" && Same(t.Item1, t.Item2),
            "the trend table to show Tiên Yên's Q3 2012 and the quarterly scorecards", TimeSpan.FromSeconds(10));

        // The program starts on 30 September 2011: its quarters run from Q3 2011 to Q4 2015.
        Assert.Equal(Enumerable.Range(2011, 5).SelectMany(y => Enumerable.Range(1, 4).Select(q => $"{y}-Q{q}")).Skip(2), shown.Keys);
        Assert.Equal(expected, shown);
    }

    [Fact]
    public async Task TheTrendHasAChartFedByAnAttributeAndACaptionedTableInBothLanguages()
    {
        var vietnamese = await PageAsync("/chi-tieu/IND-03");
        var english = await PageAsync("/chi-tieu/IND-03?culture=en-GB");

        var attribute = Regex.Match(await RawAsync("/chi-tieu/IND-03"), "<figure id=\"quarter-trend-chart\" data-chart=\"([^\"]*)\"").Groups[1].Value;
        using var chart = System.Text.Json.JsonDocument.Parse(WebUtility.HtmlDecode(attribute));
        var quarters = chart.RootElement.GetProperty("quarters").EnumerateArray().Select(q => q.GetString()).ToList();
        var lines = chart.RootElement.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(("Quý III/2011", "Quý IV/2015", 18), (quarters[0], quarters[^1], quarters.Count));
        Assert.Equal(18, chart.RootElement.GetProperty("targets").GetArrayLength());
        Assert.Equal(["Quảng Ninh", .. AdminUnits.QuangNinhDistricts().Values], lines.Select(l => l.GetProperty("name").GetString()));
        Assert.All(lines, l => Assert.Equal(18, l.GetProperty("values").GetArrayLength()));
        Assert.Contains("<caption>IND-03 theo quý (%): mục tiêu và kết quả</caption>", vietnamese);
        Assert.Contains("<caption>IND-03 by quarter (%): target and result</caption>", english);
        Assert.Contains("<h2>By quarter, against the target trajectory</h2>", english);
        Assert.Contains("<th scope=\"row\">Quý II/2014</th>", vietnamese);
        Assert.Contains("/js/trend-chart.js", vietnamese);
    }

    [Fact]
    public async Task TheDistrictPageShowsTheChosenIndicatorByQuarterAsItsQuarterlyScorecards()
    {
        await SeededAsync();

        var html = await PageAsync("/huyen/199?trend=IND-03");
        var table = Rows(html);

        Assert.Equal("75,0", table["2012-Q3"]["199"]);
        Assert.Equal(18, table.Count);
        foreach (var (quarter, row) in table)
        {
            var district = (await _client.ScorecardAsync($"/districts/199/scorecard?period={quarter}")).Indicators.Single(i => i.Code == "IND-03");
            Assert.Equal(new Dictionary<string, string> { ["target"] = Percent(district.Target), ["199"] = Percent(district.Value) }, row);
        }

        Assert.Contains("<option value=\"IND-03\" selected=\"selected\">", html);
        Assert.Contains("<caption>IND-01 theo quý (%): mục tiêu và kết quả</caption>", await PageAsync("/huyen/199"));
    }

    [Fact]
    public async Task TheProvincePageShowsTheChosenIndicatorWithOneLinePerDistrictAsTheIndicatorPageDoes()
    {
        await SeededAsync();

        var (provincePage, expected) = await Eventually.ReturnsAsync(
            async () => (Rows(await PageAsync("/?trend=IND-03")), await ProvinceQuartersAsync("IND-03")),
            t => t.Item1["2012-Q3"]["199"] == "75,0" && Same(t.Item1, t.Item2),
            "the province page's trend table to show the quarterly scorecards", TimeSpan.FromSeconds(10));

        Assert.Equal(16, provincePage["2012-Q3"].Count);
        Assert.Equal(expected, provincePage);
    }

    [Fact]
    public async Task APublicTrendHidesAValueWorkedOutFromASmallCountThatASignedInLeaderSees()
    {
        // One person received in Mạo Khê (07069, Đông Triều 205) in Q4 2011, a quarter and district no other test uses
        // for persons: IND-12 is 0 of 1 there, a count of one the public must not see.
        var caseWorker = await fixture.ClientForAsync(Parties.CaseWorker);
        await caseWorker.AcceptAsync("/provinces/22/persons/TREND-P1/reception", new
        {
            idempotencyKey = "trend-small-count", receivedOn = "2011-11-15", place = "other", howReturned = "selfReturned", countryCode = "CN",
            homeUnitCode = "07069", sex = "female", birthYear = 1990, personalData = new { fullName = "Người Theo Quý" }, wantsConfidentiality = false,
        });
        var leader = await fixture.SignedInClientAsync(Parties.Leader);

        var exact = Rows(WebUtility.HtmlDecode(await leader.GetStringAsync("/huyen/205?trend=IND-12")));
        var shown = Rows(await PageAsync("/huyen/205?trend=IND-12"));

        Assert.Equal("0,0", exact["2011-Q4"]["205"]);
        Assert.Equal("ẩn", shown["2011-Q4"]["205"]);
        // The public API hides it likewise.
        using var card = System.Text.Json.JsonDocument.Parse(await fixture.AnonymousClient().GetStringAsync(ApiCalls.Api + "/districts/205/scorecard?period=2011-Q4"));
        var ind12 = card.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "IND-12");
        Assert.Equal((System.Text.Json.JsonValueKind.Null, true), (ind12.GetProperty("value").ValueKind, ind12.GetProperty("suppressed").GetBoolean()));
    }

    [Fact]
    public async Task TheCommunePageShowsTheChosenIndicatorByQuarterAsItsQuarterlyScorecardsAndHidesASmallCountFromThePublic()
    {
        // Dực Yên (06910, Đầm Hà 200) in Q1 2015, a commune and quarter no other test uses: a survey (35 aware of 50)
        // and one person received, whose IND-12 (0 of 1) is a count of one the public must not see.
        await _client.AcceptAsync("/communes/06910/surveys", new RecordSurvey(Key(), Officer, "KS-TREND-XA", D(2015, 2, 15), 50, 35));
        var caseWorker = await fixture.ClientForAsync(Parties.CaseWorker);
        await caseWorker.AcceptAsync("/provinces/22/persons/TREND-XA-P1/reception", new
        {
            idempotencyKey = "commune-trend-small-count", receivedOn = "2015-02-20", place = "other", howReturned = "selfReturned", countryCode = "CN",
            homeUnitCode = "06910", sex = "female", birthYear = 1993, personalData = new { fullName = "Người Theo Quý Xã" }, wantsConfidentiality = false,
        });
        var leader = await fixture.SignedInClientAsync(Parties.Leader);
        var leaderApi = await fixture.ClientForAsync(Parties.Leader);

        var exact = await Eventually.ReturnsAsync(
            async () => Rows(WebUtility.HtmlDecode(await leader.GetStringAsync("/xa/06910?trend=IND-03"))),
            t => t["2015-Q1"]["06910"] == "70,0", "the commune's trend to show its survey", TimeSpan.FromSeconds(10));
        Assert.Equal(18, exact.Count);
        foreach (var (quarter, row) in exact)
        {
            var commune = (await leaderApi.ScorecardAsync($"/communes/06910/scorecard?period={quarter}")).Indicators.Single(i => i.Code == "IND-03");
            Assert.Equal(new Dictionary<string, string> { ["target"] = Percent(commune.Target), ["06910"] = Percent(commune.Value) }, row);
        }

        // The public sees the same survey (no small count among it and its district's communes)…
        var html = await PageAsync("/xa/06910?trend=IND-03");
        Assert.Equal(exact["2015-Q1"], Rows(html)["2015-Q1"]);
        Assert.Contains("<option value=\"IND-03\" selected=\"selected\">", html);
        Assert.Contains("<caption>IND-03 theo quý (%): mục tiêu và kết quả</caption>", html);
        Assert.Contains("/js/trend-chart.js", html);

        // …but not the value worked out from a count of one, protected with the other communes of Đầm Hà; the leader does.
        var persons = await Eventually.ReturnsAsync(
            async () => Rows(WebUtility.HtmlDecode(await leader.GetStringAsync("/xa/06910?trend=IND-12"))),
            t => t["2015-Q1"]["06910"] == "0,0", "the commune's trend to count its person", TimeSpan.FromSeconds(10));
        var shown = Rows(await PageAsync("/xa/06910?trend=IND-12"));
        Assert.Equal("0,0", persons["2015-Q1"]["06910"]);
        Assert.Equal("ẩn", shown["2015-Q1"]["06910"]);
        Assert.Equal(persons["2015-Q1"]["target"], shown["2015-Q1"]["target"]);
    }

    private Task SeededAsync() =>
        _seeding ??= _client.AcceptAsync("/communes/06868/surveys", new RecordSurvey(Key(), Officer, "KS-TREND", D(2012, 9, 15), 60, 45));

    /// <summary>The API's quarterly scorecards as the trend table should show them: quarter → target, province, each district.</summary>
    private async Task<Dictionary<string, Dictionary<string, string>>> ProvinceQuartersAsync(string indicator)
    {
        var rows = new Dictionary<string, Dictionary<string, string>>();
        foreach (var quarter in Enumerable.Range(2011, 5).SelectMany(y => Enumerable.Range(1, 4).Select(q => $"{y}-Q{q}")).Skip(2))
        {
            var province = (await _client.ScorecardAsync($"/provinces/22/scorecard?period={quarter}")).Indicators.Single(i => i.Code == indicator);
            var row = rows[quarter] = new() { ["target"] = Percent(province.Target), ["22"] = Percent(province.Value) };
            foreach (var district in await _client.ScorecardsAsync($"/provinces/22/districts/scorecards?period={quarter}"))
            {
                row[district.UnitCode] = Percent(district.Indicators.Single(i => i.Code == indicator).Value);
            }
        }

        return rows;
    }

    private static bool Same(Dictionary<string, Dictionary<string, string>> a, Dictionary<string, Dictionary<string, string>> b) =>
        a.Count == b.Count && a.All(r => b.TryGetValue(r.Key, out var other) && r.Value.Count == other.Count && r.Value.All(c => other.GetValueOrDefault(c.Key) == c.Value));

    private static string Percent(decimal? value) => value is { } v ? v.ToString("0.0", Vietnamese) : "—";

    /// <summary>The trend table: quarter → unit code (or "target") → the text of its cell.</summary>
    private static Dictionary<string, Dictionary<string, string>> Rows(string html)
    {
        var start = html.IndexOf("id=\"quarter-trend-table\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no trend table");
        var table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        return RowPattern().Matches(table).ToDictionary(
            r => r.Groups[1].Value,
            r => CellPattern().Matches(r.Groups[2].Value).ToDictionary(c => c.Groups[1].Value, c => c.Groups[2].Value.Trim()));
    }

    private async Task<string> PageAsync(string path) => WebUtility.HtmlDecode(await RawAsync(path));

    private async Task<string> RawAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<tr data-period=\"([^\"]+)\">(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td class=\"num\" data-unit=\"([^\"]+)\">([^<]*)</td>")]
    private static partial Regex CellPattern();
}
