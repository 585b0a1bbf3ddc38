using System.Net;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests;

/// <summary>A period that ends before the program started (30 Sep 2011) has no target and is not judged, at every level.</summary>
[Collection(WebCollection.Name)]
public sealed class BeforeProgramStartTests(WebFixture fixture)
{
    private readonly HttpClient _client = fixture.CreateClient();

    [Theory]
    [InlineData("/provinces/22/scorecard?period=2011-Q2")]
    [InlineData("/districts/193/scorecard?period=2011-Q1")]
    [InlineData("/communes/06649/scorecard?period=2011-H1")]
    public async Task TheApiGivesNoTargetAndNoJudgementForAPeriodBeforeTheProgram(string path)
    {
        var card = await _client.ScorecardAsync(path);

        Assert.NotEmpty(card.Indicators);
        Assert.All(card.Indicators, i => Assert.Equal(((decimal?)null, IndicatorStatus.BeforeProgram), (i.Target, i.Status)));
        // Communes in scope are counted all the same: IND-05 has a value, which before the fix was "met" against 0.
        Assert.Contains(card.Indicators, i => i.Code == "IND-05" && i.Denominator > 0 && i.Value == 0m);
    }

    [Fact]
    public async Task TheJsonOfAPeriodBeforeTheProgramHasANullTargetAndNamesWhy()
    {
        using var response = await _client.GetAsync(ApiCalls.Api + "/provinces/22/scorecard?period=2011-Q2");
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"target\":null", json);
        Assert.Contains("\"status\":\"beforeProgram\"", json);
        Assert.DoesNotContain("\"status\":\"met\"", json);
    }

    [Theory]
    [InlineData("vi-VN", "Trước khi chương trình bắt đầu", "Đạt")]
    [InlineData("en-GB", "Before the program started", "Met")]
    public async Task TheProvincePageOf2011Q2ShowsNoTargetAndNoStatus(string culture, string notJudged, string met)
    {
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync($"/?period=2011-Q2&culture={culture}"));
        var start = html.IndexOf("id=\"province-scorecard\"", StringComparison.Ordinal);
        var table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];

        Assert.Equal(14, table.Split(notJudged).Length - 1);
        Assert.DoesNotContain($">{met}<", table);
        Assert.Equal(14, table.Split("<td class=\"num\">—</td>").Length - 1);
    }
}
