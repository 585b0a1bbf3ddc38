using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.Web.Tests.Infrastructure;
using MiniExcelLibs;
using static AntiTrafficking.Web.Tests.Infrastructure.Commands;

namespace AntiTrafficking.Web.Tests.Analysis;

/// <summary>
/// The map (issue 20.1) and the pivot table (issue 20.3): the map's colour of each district is its scorecard's status,
/// the pivot's cells are the scorecards' figures for each unit × period, the public sees small counts hidden as on the
/// scorecards, the exports hold the table, and a query the table cannot answer is refused in both languages. A survey
/// in Thanh Lân (07198, Cô Tô 207) in Q3 2014 (30 aware of 40) is no other test's.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class MapAndPivotPageTests(WebFixture fixture)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static Task? _seeding;
    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task TheMapColoursEachOfTheFourteenDistrictsByItsScorecardsStatus()
    {
        await SeededAsync();

        var (map, expected) = await Eventually.ReturnsAsync(
            async () => (MapStatuses(await PageAsync("/ban-do?period=2014-Q3&indicator=IND-03")), await DistrictStatusesAsync("2014-Q3", "IND-03")),
            t => t.Item2.GetValueOrDefault("207") is { } s && s != "NoData" && t.Item1.Count == t.Item2.Count && t.Item1.All(m => t.Item2[m.Key] == m.Value),
            "the map to show Cô Tô's Q3 2014 survey and every district's status", TimeSpan.FromSeconds(10));

        Assert.Equal(14, map.Count);
        Assert.Equal(expected, map);
        var page = await PageAsync("/ban-do?period=2014-Q3&indicator=IND-03");
        // The tooltip, the legend in words and the table for screen readers.
        var coTo = (await _client.ScorecardAsync("/districts/207/scorecard?period=2014-Q3")).Indicators.Single(i => i.Code == "IND-03");
        var status = coTo.Status switch { GrainInterfaces.Views.IndicatorStatus.Met => "Đạt", GrainInterfaces.Views.IndicatorStatus.Near => "Gần đạt", _ => "Chưa đạt" };
        Assert.Contains($">Cô Tô — IND-03: {Percent(coTo.Value)}% ({coTo.Numerator} / {coTo.Denominator}) · Mục tiêu (%): {Percent(coTo.Target)} · {status}</title>", page);
        Assert.Matches("<span class=\"badge status-met\"[^>]*>Đạt</span>", page);
        Assert.Contains("href=\"/huyen/207?period=2014-Q3\"", page);
        Assert.Contains("id=\"district-map-table\"", page);
        // The province page holds the same map.
        Assert.Contains("id=\"district-map-svg\"", await PageAsync("/?period=2014-Q3&trend=IND-03"));
    }

    [Fact]
    public async Task ThePivotsCellsAreTheScorecardsFiguresOfEachUnitAndPeriod()
    {
        await SeededAsync();
        const string query = "/phan-tich?ind=IND-03&units=22,207,07198&periods=2014Q2:2014Q3&rows=period&cols=unit&show=fraction";

        var (table, expected) = await Eventually.ReturnsAsync(
            async () => (PivotCells(await PageAsync(query)), await ExpectedFractionsAsync()),
            t => t.Item1.GetValueOrDefault(("2014-Q3", "07198")) == "30 / 40" && Same(t.Item1, t.Item2),
            "the pivot to show the Q3 2014 survey as the scorecards do", TimeSpan.FromSeconds(10));
        Assert.Equal(expected, table);
        Assert.Equal(6, table.Count);

        async Task<Dictionary<(string, string), string>> ExpectedFractionsAsync()
        {
            var cells = new Dictionary<(string, string), string>();
            foreach (var period in new[] { "2014-Q2", "2014-Q3" })
            {
                foreach (var (unit, path) in new[] { ("22", "/provinces/22"), ("207", "/districts/207"), ("07198", "/communes/07198") })
                {
                    var i = (await _client.ScorecardAsync($"{path}/scorecard?period={period}")).Indicators.Single(x => x.Code == "IND-03");
                    cells[(period, unit)] = $"{i.Numerator.ToString("#,0", Vietnamese)} / {i.Denominator.ToString("#,0", Vietnamese)}";
                }
            }

            return cells;
        }
    }

    [Fact]
    public async Task ThePublicPivotHidesASmallCountOfPeopleThatASignedInLeaderSees()
    {
        // One person received in Thanh Sơn (06973, Ba Chẽ 202) in Q1 2025, a quarter no other test reads: IND-12 is 0 of 1 there.
        var caseWorker = await fixture.ClientForAsync(Parties.CaseWorker);
        await caseWorker.AcceptAsync("/provinces/22/persons/PIVOT-P1/reception", new
        {
            idempotencyKey = "pivot-small-count", receivedOn = "2025-02-10", place = "other", howReturned = "selfReturned", countryCode = "CN",
            homeUnitCode = "06973", sex = "female", birthYear = 1991, personalData = new { fullName = "Người Phân Tích" }, wantsConfidentiality = false,
        });
        var leader = await fixture.SignedInClientAsync(Parties.Leader);
        const string query = "/phan-tich?ind=IND-12&units=202&periods=2025-Q1&rows=unit&cols=indicator&show=fraction";

        var exact = await Eventually.ReturnsAsync(
            async () => PivotCells(WebUtility.HtmlDecode(await leader.GetStringAsync(query))), t => t.GetValueOrDefault(("202", "IND-12")) == "0 / 1",
            "the leader's pivot to show Ba Chẽ's person", TimeSpan.FromSeconds(10));
        var shown = PivotCells(await PageAsync(query));
        var value = PivotCells(await PageAsync(query.Replace("show=fraction", "show=value", StringComparison.Ordinal)));

        Assert.Equal("0 / 1", exact[("202", "IND-12")]);
        Assert.EndsWith("< 5", shown[("202", "IND-12")]);
        Assert.Equal("ẩn", value[("202", "IND-12")]);
    }

    [Fact]
    public async Task TheCsvAndXlsxExportsHoldTheTableAsShown()
    {
        await SeededAsync();
        const string query = "/phan-tich?ind=IND-03&units=207,07198&periods=2014-Q3&rows=unit&cols=indicator&show=value";
        await Eventually.ReturnsAsync(async () => PivotCells(await PageAsync(query)), t => t.GetValueOrDefault(("07198", "IND-03")) == "75,0",
            "the pivot to show Thanh Lân's survey", TimeSpan.FromSeconds(10));

        var csv = Encoding.UTF8.GetString(await _client.GetByteArrayAsync(query + "&handler=export&format=csv")).TrimStart('\uFEFF');
        Assert.Equal(["Đơn vị,IND-03 · Người dân hiểu biết về phòng, chống MBN", "Cô Tô,\"75,0\"", "Thanh Lân,\"75,0\""],
            csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Replace("\"IND-03 · Người dân hiểu biết về phòng, chống MBN\"", "IND-03 · Người dân hiểu biết về phòng, chống MBN", StringComparison.Ordinal)));

        using var xlsx = new MemoryStream(await _client.GetByteArrayAsync(query + "&handler=export&format=xlsx"));
        var rows = MiniExcel.Query(xlsx, useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.StartsWith("BẢNG PHÂN TÍCH", rows[0]["A"]?.ToString());
        Assert.Equal("Đơn vị", rows[5]["A"]?.ToString());
        Assert.Equal(("Thanh Lân", 75.0), (rows[7]["A"]?.ToString(), Convert.ToDouble(rows[7]["B"], CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("show=bogus", "Cách hiển thị 'bogus' không hợp lệ", "Show 'bogus' is invalid")]
    [InlineData("periods=2013Q5", "Kỳ '2013Q5' không hợp lệ", "Period '2013Q5' is invalid")]
    [InlineData("rows=unit&cols=unit", "Hàng và cột phải là hai chiều khác nhau", "Rows and columns must be two different dimensions")]
    [InlineData("units=99999", "Không có đơn vị 99999", "No unit 99999")]
    [InlineData("periods=2013,2014&rows=unit&cols=indicator", "Chiều lọc (kỳ) phải có đúng một mục", "The filter dimension (period) must hold exactly one item")]
    public async Task ABadQueryIsRefusedWithAClearMessageInBothLanguages(string bad, string vietnamese, string english)
    {
        using var vi = await _client.GetAsync("/phan-tich?" + bad);
        using var en = await _client.GetAsync("/phan-tich?culture=en-GB&" + bad);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (vi.StatusCode, en.StatusCode));
        var viText = WebUtility.HtmlDecode(await vi.Content.ReadAsStringAsync());
        Assert.Contains(vietnamese, viText);
        Assert.DoesNotContain("id=\"pivot-table\"", viText);
        Assert.Contains(english, WebUtility.HtmlDecode(await en.Content.ReadAsStringAsync()));
    }

    private Task SeededAsync() =>
        _seeding ??= _client.AcceptAsync("/communes/07198/surveys", new RecordSurvey(Key(), Officer, "KS-PIVOT", D(2014, 8, 15), 40, 30));

    private async Task<Dictionary<string, string>> DistrictStatusesAsync(string period, string indicator) =>
        (await _client.ScorecardsAsync($"/provinces/22/districts/scorecards?period={period}"))
            .ToDictionary(d => d.UnitCode, d => d.Indicators.Single(i => i.Code == indicator).Status.ToString());

    private async Task<string> PageAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static string Percent(decimal? value) => value is { } v ? v.ToString("0.0", Vietnamese) : "—";

    private static bool Same(Dictionary<(string, string), string> a, Dictionary<(string, string), string> b) =>
        a.Count == b.Count && a.All(c => b.GetValueOrDefault(c.Key) == c.Value);

    private static Dictionary<string, string> MapStatuses(string html) =>
        MapPattern().Matches(html).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    /// <summary>The pivot table: (row key, column key) → the text of its cell.</summary>
    private static Dictionary<(string, string), string> PivotCells(string html)
    {
        var start = html.IndexOf("id=\"pivot-table\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no pivot table");
        var table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        return RowPattern().Matches(table)
            .SelectMany(r => CellPattern().Matches(r.Groups[2].Value).Select(c => ((r.Groups[1].Value, c.Groups[1].Value), c.Groups[2].Value.Trim())))
            .ToDictionary(x => x.Item1, x => x.Item2);
    }

    [GeneratedRegex("data-district=\"([0-9]{3})\" data-status=\"([A-Za-z]+)\"")]
    private static partial Regex MapPattern();

    [GeneratedRegex("<tr data-key=\"([^\"]+)\">(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td class=\"num[^\"]*\" data-key=\"([^\"]+)\"[^>]*>(.*?)</td>")]
    private static partial Regex CellPattern();
}
