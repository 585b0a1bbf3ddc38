using System.Net;
using System.Text.Json;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.Web.Tests.Infrastructure;
using static AntiTrafficking.Web.Tests.Infrastructure.Commands;

namespace AntiTrafficking.Web.Tests.Analysis;

/// <summary>
/// The pivot table as JSON (GET /api/v1/provinces/{code}/pivot, issue 20.3): its headers and cells are the
/// scorecards' figures, the public gets small counts as null with their state as on the page, and a bad parameter is a
/// 400 problem naming it in both languages. A survey in Quảng Lợi (06907, Đầm Hà 200) in Q2 2015 (40, 30 aware) and
/// one person received there in May 2015 are no other test's.
/// </summary>
[Collection(QuarterDataCollection.Name)]
public sealed class PivotApiTests(QuarterDataWebFixture fixture)
{
    private const string Pivot = ApiCalls.Api + "/provinces/22/pivot";
    private static Task? _seeding;
    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task TheCellsAreTheScorecardsFiguresOfTheProvinceTheDistrictAndTheCommune()
    {
        await SeededAsync();
        var leader = await fixture.ClientForAsync(Parties.Leader);
        const string query = "?ind=IND-03&units=22,200,06907&periods=2015Q1:2015Q2&rows=period&cols=unit&show=fraction";

        var paths = new[] { "/provinces/22", "/districts/200", "/communes/06907" };
        // The province adds its districts' figures a moment after the command is acknowledged: read until both agree.
        var (text, expected) = await Eventually.ReturnsAsync(
            async () =>
            {
                var answerText = await leader.GetStringAsync(Pivot + query);
                var cards = new List<List<string>>();
                foreach (var period in new[] { "2015-Q1", "2015-Q2" })
                {
                    var row = new List<string>();
                    foreach (var path in paths)
                    {
                        var i = (await leader.ScorecardAsync($"{path}/scorecard?period={period}")).Indicators.Single(x => x.Code == "IND-03");
                        row.Add($"{i.Numerator}/{i.Denominator} {i.Value} {i.Target} {JsonNamingPolicy.CamelCase.ConvertName(i.Status.ToString())} shown shown False");
                    }

                    cards.Add(row);
                }

                return (answerText, cards);
            },
            t => Cells(t.answerText)[1][1].StartsWith("30/40 ", StringComparison.Ordinal) && Cells(t.answerText).SelectMany(r => r).SequenceEqual(t.cards.SelectMany(r => r)),
            "the pivot to show Quảng Lợi's survey as the scorecards do", TimeSpan.FromSeconds(10));
        using var answer = JsonDocument.Parse(text);
        var root = answer.RootElement;

        Assert.Equal(("period", "unit", "indicator", "IND-03"),
            (root.GetProperty("rows").GetString(), root.GetProperty("columns").GetString(),
             root.GetProperty("filter").GetProperty("dimension").GetString(), root.GetProperty("filter").GetProperty("item").GetProperty("code").GetString()));
        Assert.Equal(["2015-Q1", "2015-Q2"], Codes(root.GetProperty("rowHeaders")));
        Assert.Equal(["22", "200", "06907"], Codes(root.GetProperty("columnHeaders")));
        Assert.Equal(["Quảng Ninh", "Đầm Hà", "Quảng Lợi"], root.GetProperty("columnHeaders").EnumerateArray().Select(h => h.GetProperty("label").GetString()));
        // The link opens the same table on /phan-tich, its range of periods written out.
        Assert.Equal("?ind=IND-03&units=22,200,06907&periods=2015-Q1,2015-Q2&rows=period&cols=unit&show=fraction", root.GetProperty("link").GetString());
        Assert.Equal(expected, Cells(text));

        // Quảng Lợi's own survey: 30 aware of 40.
        Assert.Equal((30L, 40L, 75.0m), (Cell(answer, 1, 2).GetProperty("numerator").GetInt64(), Cell(answer, 1, 2).GetProperty("denominator").GetInt64(), Decimal(Cell(answer, 1, 2), "value")));
    }

    [Fact]
    public async Task ThePublicGetsASmallCountOfPeopleAsNullWithItsStateThatASignedInLeaderGetsAsItIs()
    {
        await SeededAsync();
        var leader = await fixture.ClientForAsync(Parties.Leader);
        const string query = "?ind=IND-12&units=200,06907&periods=2015-Q2&rows=unit&cols=indicator";

        using var exact = await Eventually.ReturnsAsync(
            async () => JsonDocument.Parse(await leader.GetStringAsync(Pivot + query)),
            a => Cell(a, 0, 0).GetProperty("denominator").ValueKind == JsonValueKind.Number && Cell(a, 0, 0).GetProperty("denominator").GetInt64() == 1,
            "the district to count Quảng Lợi's person", TimeSpan.FromSeconds(10));
        using var response = await fixture.AnonymousClient().GetAsync(Pivot + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        using var shown = JsonDocument.Parse(body);

        foreach (var row in new[] { 0, 1 })
        {
            var leaderCell = Cell(exact, row, 0);
            Assert.Equal((0L, 1L, 0.0m, "shown", false),
                (leaderCell.GetProperty("numerator").GetInt64(), leaderCell.GetProperty("denominator").GetInt64(), Decimal(leaderCell, "value"),
                 leaderCell.GetProperty("denominatorState").GetString(), leaderCell.GetProperty("suppressed").GetBoolean()));

            // The district among the districts, the commune among the communes of Đầm Hà: a count of one is "small", never the number.
            var cell = Cell(shown, row, 0);
            Assert.Equal((JsonValueKind.Null, "small", JsonValueKind.Null, JsonValueKind.Null, true),
                (cell.GetProperty("denominator").ValueKind, cell.GetProperty("denominatorState").GetString(),
                 cell.GetProperty("value").ValueKind, cell.GetProperty("status").ValueKind, cell.GetProperty("suppressed").GetBoolean()));
        }

        Assert.Equal(5, shown.RootElement.GetProperty("smallCountThreshold").GetInt32());
        Assert.DoesNotContain("\"denominator\":1", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?show=bogus", "show", "Cách hiển thị 'bogus' không hợp lệ", "Show 'bogus' is invalid")]
    [InlineData("?periods=2013Q5", "periods", "Kỳ '2013Q5' không hợp lệ", "Period '2013Q5' is invalid")]
    [InlineData("?ind=IND-3", "ind", "Chỉ tiêu 'IND-3' không hợp lệ", "Indicators 'IND-3' are invalid")]
    [InlineData("?rows=unit&cols=unit", "rows", "Hàng và cột phải là hai chiều khác nhau", "Rows and columns must be two different dimensions")]
    [InlineData("?units=99999", "units", "Không có đơn vị 99999", "No unit 99999")]
    [InlineData("?periods=2013,2014&rows=unit&cols=indicator", "filter", "Chiều lọc (kỳ) phải có đúng một mục", "The filter dimension (period) must hold exactly one item")]
    public async Task ABadParameterIsA400ProblemThatNamesItInBothLanguages(string bad, string field, string vietnamese, string english)
    {
        using var response = await fixture.AnonymousClient().GetAsync(Pivot + bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Equal(("invalidPivot", field), (problem.Code, problem.Field));
        Assert.Contains(vietnamese, problem.MessageVi);
        Assert.Contains(english, problem.MessageEn);
        Assert.Contains(vietnamese, problem.Title);
    }

    [Fact]
    public async Task IndicatorLabelsAreVietnameseAndEnglishWithTheCultureOfThePages()
    {
        const string query = "?ind=IND-03&units=22&periods=2014&rows=unit&cols=indicator";
        using var vi = JsonDocument.Parse(await fixture.AnonymousClient().GetStringAsync(Pivot + query));
        using var en = JsonDocument.Parse(await fixture.AnonymousClient().GetStringAsync(Pivot + query + "&culture=en-GB"));

        Assert.Equal("IND-03 · Người dân hiểu biết về phòng, chống MBN", vi.RootElement.GetProperty("columnHeaders")[0].GetProperty("label").GetString());
        Assert.NotEqual(vi.RootElement.GetProperty("columnHeaders")[0].GetProperty("label").GetString(), en.RootElement.GetProperty("columnHeaders")[0].GetProperty("label").GetString());
        Assert.StartsWith("IND-03 · ", en.RootElement.GetProperty("columnHeaders")[0].GetProperty("label").GetString());
    }

    [Fact]
    public async Task AnUnknownProvinceIs404()
    {
        using var response = await fixture.AnonymousClient().GetAsync(ApiCalls.Api + "/provinces/99/pivot");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Equal(("unknownUnit", "code"), (problem.Code, problem.Field));
    }

    private Task SeededAsync() => _seeding ??= SeedAsync();

    private async Task SeedAsync()
    {
        await _client.AcceptAsync("/communes/06907/surveys", new RecordSurvey(Key(), Officer, "KS-PIVOT-API", D(2015, 5, 12), 40, 30));
        var caseWorker = await fixture.ClientForAsync(Parties.CaseWorker);
        await caseWorker.AcceptAsync("/provinces/22/persons/PIVOT-API-P1/reception", new
        {
            idempotencyKey = "pivot-api-small-count", receivedOn = "2015-05-20", place = "other", howReturned = "selfReturned", countryCode = "CN",
            homeUnitCode = "06907", sex = "female", birthYear = 1992, personalData = new { fullName = "Người Bảng Phân Tích" }, wantsConfidentiality = false,
        });
    }

    /// <summary>Each cell of an answer as "numerator/denominator value target status numeratorState denominatorState suppressed".</summary>
    private static List<List<string>> Cells(string answer)
    {
        using var document = JsonDocument.Parse(answer);
        return [.. document.RootElement.GetProperty("cells").EnumerateArray().Select(row => row.EnumerateArray().Select(c =>
            $"{c.GetProperty("numerator")}/{c.GetProperty("denominator")} {Decimal(c, "value")} {Decimal(c, "target")} {c.GetProperty("status").GetString()} "
            + $"{c.GetProperty("numeratorState").GetString()} {c.GetProperty("denominatorState").GetString()} {c.GetProperty("suppressed").GetBoolean()}").ToList())];
    }

    private static JsonElement Cell(JsonDocument answer, int row, int column) => answer.RootElement.GetProperty("cells")[row][column];

    private static decimal? Decimal(JsonElement cell, string name) => cell.GetProperty(name).ValueKind == JsonValueKind.Null ? null : cell.GetProperty(name).GetDecimal();

    private static List<string?> Codes(JsonElement headers) => [.. headers.EnumerateArray().Select(h => h.GetProperty("code").GetString())];
}
