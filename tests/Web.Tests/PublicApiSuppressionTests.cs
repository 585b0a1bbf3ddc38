using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests;

/// <summary>
/// The public JSON API hides exactly what the public pages hide: for a district and a quarter with two persons
/// received (Móng Cái, 2015-Q3), every public scorecard route read anonymously is compared cell by cell with the page
/// showing the same figures — suppressed in both, equal otherwise — and a Steering Committee user sees the exact figures.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PublicApiSuppressionTests(WebFixture fixture)
{
    private const string Period = "2015-Q3";
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public async Task EveryPublicScorecardRouteHidesCellByCellWhatThePublicPageHidesAndTheSteeringCommitteeSeesTheExactCounts()
    {
        await ReceiveAsync("TN-SMALL-1", "06709", "female", 1999);
        await ReceiveAsync("TN-SMALL-2", "06712", "male", 1980);
        var leaderApi = await fixture.ClientForAsync(Parties.Leader);
        // The province adds its districts' snapshots a moment after the commands are acknowledged.
        await Eventually.ReturnsAsync(
            () => JsonAsync(leaderApi, $"/api/v1/provinces/22/scorecard?period={Period}"),
            p => Indicator(p, "IND-12").GetProperty("denominator").GetInt64() == 2,
            "the province to count both persons received", TimeSpan.FromSeconds(10));

        var visitor = fixture.AnonymousClient();
        var province = await JsonAsync(visitor, $"/api/v1/provinces/22/scorecard?period={Period}");
        var districts = await JsonAsync(visitor, $"/api/v1/provinces/22/districts/scorecards?period={Period}");
        var district = await JsonAsync(visitor, $"/api/v1/districts/194/scorecard?period={Period}");

        // What makes the comparison worth doing: the counts of people, their breakdowns and what depends on them are hidden.
        Assert.Equal(("small", JsonValueKind.Null), State(Indicator(district, "IND-12"), "denominator"));
        Assert.True(Indicator(district, "IND-12").GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, Indicator(district, "IND-12").GetProperty("status").ValueKind);
        Assert.Equal(("small", JsonValueKind.Null), State(Output(district, "OUT-30", "mongcai"), "value"));
        Assert.Equal(("small", JsonValueKind.Null), State(Output(district, "OUT-32", "female"), "value"));
        Assert.Equal(("small", JsonValueKind.Null), State(Output(district, "OUT-33", "16to17"), "value"));
        Assert.Equal(("small", JsonValueKind.Null), State(Output(province, "OUT-32", "male"), "value"));
        Assert.DoesNotContain(districts.EnumerateArray(), d => d.GetProperty("unitCode").GetString() == "194"
            && Indicator(d, "IND-12").GetProperty("denominator").ValueKind != JsonValueKind.Null);

        // Province: the province page, the project page (its indicators and outputs) and the indicator page.
        var home = await PageAsync(visitor, $"/?period={Period}");
        var project = await PageAsync(visitor, $"/de-an/3?period={Period}");
        var indicator = await PageAsync(visitor, $"/chi-tieu/IND-12?period={Period}");
        AssertScorecardMatches(province, home.QuerySelector("#province-scorecard")!);
        AssertScorecardMatches(province, project.QuerySelector("#project-scorecard")!, project: 3);
        AssertOutputsMatch(province, project.QuerySelector("#project-outputs")!);
        Assert.Equal(ValueText(Indicator(province, "IND-12")), indicator.QuerySelector("#indicator-kpi .kpi-value")!.TextContent);

        // Districts: the province page's and the project page's matrices, the indicator page's districts.
        foreach (var d in districts.EnumerateArray())
        {
            var code = d.GetProperty("unitCode").GetString()!;
            foreach (var i in d.GetProperty("indicators").EnumerateArray())
            {
                var cell = $"td[data-indicator='{i.GetProperty("code").GetString()}']";
                Assert.Equal(ValueText(i), home.QuerySelector($"#district-matrix tr[data-district='{code}'] {cell}")!.TextContent);
                if (i.GetProperty("project").GetInt32() == 3)
                {
                    Assert.Equal(ValueText(i), project.QuerySelector($"#project-districts tr[data-unit='{code}'] {cell}")!.TextContent);
                }
            }

            var row = indicator.QuerySelector($"#indicator-districts tr[data-district='{code}']")!.QuerySelectorAll("td");
            Assert.Equal(CountsText(Indicator(d, "IND-12")), row[0].TextContent);
            Assert.Equal(ValueText(Indicator(d, "IND-12")), row[1].TextContent);
            Assert.Equal(Indicator(d, "IND-12").GetProperty("suppressed").GetBoolean(), row[2].QuerySelector(".status-hidden") is not null);
        }

        // The district: its own page's scorecard and outputs (by place, country, sex, age group and return).
        var districtPage = await PageAsync(visitor, $"/huyen/194?period={Period}");
        AssertScorecardMatches(district, districtPage.QuerySelector("#unit-scorecard")!);
        AssertOutputsMatch(district, districtPage.QuerySelector("#district-outputs")!);

        // Communes: their counts are not in the public API at all; their pages show the small counts as "< 5".
        using (var communes = await visitor.GetAsync($"/api/v1/districts/194/communes/scorecards?period={Period}"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, communes.StatusCode);
        }

        using (var commune = await visitor.GetAsync($"/api/v1/communes/06709/scorecard?period={Period}"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, commune.StatusCode);
        }

        Assert.Equal("< 5", districtPage.QuerySelector("#commune-matrix tr[data-unit='06709'] td[data-indicator='IND-12'] .cell-counts")!.TextContent.Split(" / ")[1]);
        var communePage = await PageAsync(visitor, $"/xa/06709?period={Period}");
        Assert.Equal("< 5", communePage.QuerySelector("#commune-outputs tr[data-output='OUT-32'][data-key='female'] td.num")!.TextContent);

        // Agencies: the persons each received is a breakdown of the persons received, hidden alike on the page and in the API.
        foreach (var agency in new[] { "CA", "BDBP", "LDTBXH", "TTTT" })
        {
            var profile = await JsonAsync(visitor, $"/api/v1/provinces/22/agencies/{agency}");
            var page = await PageAsync(visitor, $"/co-quan/{agency}");
            var states = profile.GetProperty("activityStates");
            foreach (var kind in profile.GetProperty("activity").EnumerateObject())
            {
                var state = states.GetProperty(kind.Name).GetString();
                Assert.Equal(
                    state switch { "small" => "< 5", "withheld" => "ẩn", _ => kind.Value.GetInt64().ToString("#,0", Vietnamese) },
                    page.QuerySelector($"#agency-activity tr[data-activity='{kind.Name}'] td.num")!.TextContent);
                Assert.Equal(state != "shown", kind.Value.ValueKind == JsonValueKind.Null);
            }
        }

        var police = await JsonAsync(visitor, "/api/v1/provinces/22/agencies/CA");
        Assert.Equal("small", police.GetProperty("activityStates").GetProperty("ReceivePerson").GetString());

        // Signed in as a Steering Committee leader: the exact figures, in the API and on the pages.
        var leaderDistrict = await JsonAsync(leaderApi, $"/api/v1/districts/194/scorecard?period={Period}");
        Assert.Equal(("shown", 2L), (Indicator(leaderDistrict, "IND-12").GetProperty("denominatorState").GetString(), Indicator(leaderDistrict, "IND-12").GetProperty("denominator").GetInt64()));
        Assert.Equal(1, Output(leaderDistrict, "OUT-32", "female").GetProperty("value").GetInt64());
        Assert.Equal(2, Output(leaderDistrict, "OUT-30", "mongcai").GetProperty("value").GetInt64());
        var leader = await fixture.SignedInClientAsync(Parties.Leader);
        var leaderPage = await PageAsync(leader, $"/huyen/194?period={Period}");
        AssertScorecardMatches(leaderDistrict, leaderPage.QuerySelector("#unit-scorecard")!);
        Assert.Equal("0 / 2", leaderPage.QuerySelector("#unit-scorecard tr[data-indicator='IND-12'] td.counts")!.TextContent);
        Assert.Equal("1", leaderPage.QuerySelector("#district-outputs tr[data-output='OUT-32'][data-key='female'] td.num")!.TextContent);
        Assert.Equal("2", (await PageAsync(leader, $"/de-an/3?period={Period}")).QuerySelector("#project-outputs tr[data-output='OUT-30'][data-key='mongcai'] td.num")!.TextContent);
        Assert.Equal("2", (await PageAsync(leader, "/co-quan/CA")).QuerySelector("#agency-activity tr[data-activity='ReceivePerson'] td.num")!.TextContent);
        Assert.Equal(2, (await JsonAsync(leaderApi, "/api/v1/provinces/22/agencies/CA")).GetProperty("activity").GetProperty("ReceivePerson").GetInt64());
    }

    private async Task ReceiveAsync(string id, string home, string sex, int birthYear) =>
        await fixture.CreateClient().AcceptAsync($"/provinces/22/persons/{id}/reception", new
        {
            idempotencyKey = $"suppression-{id}",
            actor = new { userId = "ca-mc", agencyCode = "CA", role = "caseWorker" },
            receivedOn = "2015-08-03", place = "mongCai", howReturned = "handedOver", countryCode = "CN", homeUnitCode = home,
            sex, birthYear, personalData = new { fullName = "Người Thử Nghiệm" }, wantsConfidentiality = false,
        });

    /// <summary>Each indicator row of a page's scorecard against the API's: counts, value and whether the status is hidden.</summary>
    private static void AssertScorecardMatches(JsonElement scorecard, IElement table, int? project = null)
    {
        Assert.Equal(
            scorecard.GetProperty("indicators").EnumerateArray().Where(i => project is null || i.GetProperty("project").GetInt32() == project).Select(i => i.GetProperty("code").GetString()),
            table.QuerySelectorAll("tbody tr[data-indicator]").Select(r => r.GetAttribute("data-indicator")));
        foreach (var row in table.QuerySelectorAll("tbody tr[data-indicator]"))
        {
            var i = Indicator(scorecard, row.GetAttribute("data-indicator")!);
            Assert.Equal(CountsText(i), row.QuerySelector("td.counts")!.TextContent);
            Assert.Equal(ValueText(i), row.QuerySelector("td.value")!.TextContent);
            Assert.Equal(i.GetProperty("suppressed").GetBoolean(), row.QuerySelector(".status-hidden") is not null);
        }
    }

    /// <summary>Each output row of a page (by code and breakdown key) against the API's.</summary>
    private static void AssertOutputsMatch(JsonElement scorecard, IElement table)
    {
        var rows = table.QuerySelectorAll("tbody tr[data-output]");
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var key = row.GetAttribute("data-key");
            var o = Output(scorecard, row.GetAttribute("data-output")!, string.IsNullOrEmpty(key) ? null : key);
            Assert.Equal(CountText(o, "value"), row.QuerySelector("td.num")!.TextContent);
        }
    }

    private static string CountsText(JsonElement indicator) => $"{CountText(indicator, "numerator")} / {CountText(indicator, "denominator")}";

    /// <summary>A count of the API as a page shows it: "&lt; 5" for a small count, "ẩn" for a withheld one, else the number.</summary>
    private static string CountText(JsonElement figure, string name)
    {
        var state = figure.GetProperty(name == "value" ? "state" : name + "State").GetString();
        return state switch
        {
            "small" => "< 5",
            "withheld" => "ẩn",
            _ => figure.GetProperty(name).GetInt64().ToString("#,0", Vietnamese),
        };
    }

    private static string ValueText(JsonElement indicator) =>
        indicator.GetProperty("suppressed").GetBoolean() ? "ẩn"
        : indicator.GetProperty("value").ValueKind == JsonValueKind.Null ? "—"
        : indicator.GetProperty("value").GetDecimal().ToString("0.0", Vietnamese);

    private static (string?, JsonValueKind) State(JsonElement figure, string name) =>
        (figure.GetProperty(name == "value" ? "state" : name + "State").GetString(), figure.GetProperty(name).ValueKind);

    private static JsonElement Indicator(JsonElement scorecard, string code) =>
        scorecard.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code);

    private static JsonElement Output(JsonElement scorecard, string code, string? key) =>
        scorecard.GetProperty("outputs").EnumerateArray().Single(o => o.GetProperty("code").GetString() == code && o.GetProperty("key").GetString() == key);

    private static async Task<JsonElement> JsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<IDocument> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }
}
