using System.Net;
using System.Text.RegularExpressions;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests;

/// <summary>The district and commune pages never let a small commune count be worked out from the district's total.</summary>
[Collection(WebCollection.Name)]
public sealed partial class DistrictSuppressionPageTests(WebFixture fixture)
{
    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task CoTosSmallCommuneCountIsShownAsLessThanFiveAndTheNextSmallestCommuneIsWithheldSoTheTotalGivesNothingAway()
    {
        await RecordSurveyAsync("07192", respondents: 3, aware: 3);
        await RecordSurveyAsync("07195", respondents: 12, aware: 6);
        await RecordSurveyAsync("07198", respondents: 20, aware: 15);

        var district = await PageAsync("/huyen/207?period=2012");
        var commune = await PageAsync("/xa/07195?period=2012");

        Assert.Equal("24 / 35", Row(district, "unit-scorecard", "IND-03").Counts);
        Assert.Equal(("ẩn", "< 5 / < 5"), Cell(district, "07192", "IND-03"));
        Assert.Equal(("ẩn", "ẩn / ẩn"), Cell(district, "07195", "IND-03"));
        Assert.Equal(("75,0", "15 / 20"), Cell(district, "07198", "IND-03"));
        Assert.Contains("status-hidden", CellHtml(district, "07192", "IND-03"));
        // A commune counted as one commune (IND-05) is a place, not a person: shown as it is.
        Assert.Equal(("0,0", "0 / 1"), Cell(district, "07192", "IND-05"));
        var own = Row(commune, "unit-scorecard", "IND-03");
        Assert.Equal(("ẩn / ẩn", "ẩn"), (own.Counts, own.Value));
        Assert.DoesNotContain("12", own.Counts + own.Value);
    }

    // Surveys count in the period they were conducted only (IND-03), so 2012 stays apart from the other tests' periods.
    private async Task RecordSurveyAsync(string commune, int respondents, int aware) =>
        await _client.AcceptAsync($"/communes/{commune}/surveys", new
        {
            idempotencyKey = $"suppression-{commune}",
            actor = new { userId = "officer-coto", role = "districtOfficer", districtCode = "207" },
            surveyId = "KS-2012",
            conductedOn = "2012-04-01",
            respondents,
            aware,
        });

    private async Task<string> PageAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static string CellHtml(string html, string commune, string indicator)
    {
        var row = html[html.IndexOf($"<tr data-unit=\"{commune}\">", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        var start = row.LastIndexOf("<td", row.IndexOf($"data-indicator=\"{indicator}\"", StringComparison.Ordinal), StringComparison.Ordinal);
        return row[start..row.IndexOf("</td>", start, StringComparison.Ordinal)];
    }

    private static (string Value, string Counts) Cell(string html, string commune, string indicator)
    {
        var m = MatrixCell().Match(CellHtml(html, commune, indicator));
        Assert.True(m.Success);
        return (m.Groups[1].Value, m.Groups[2].Value);
    }

    private static (string Counts, string Value) Row(string html, string tableId, string indicator)
    {
        var table = html[html.IndexOf($"id=\"{tableId}\"", StringComparison.Ordinal)..];
        var row = table[table.IndexOf($"<tr data-indicator=\"{indicator}\">", StringComparison.Ordinal)..];
        var m = ScorecardRow().Match(row);
        Assert.True(m.Success);
        return (m.Groups[1].Value, m.Groups[2].Value);
    }

    [GeneratedRegex("<span class=\"cell-value\"[^>]*>(.*?)</span><span class=\"cell-counts\"[^>]*>(.*?)</span>")]
    private static partial Regex MatrixCell();

    [GeneratedRegex("<td class=\"num counts\"[^>]*>(.*?)</td>\\s*<td class=\"num value\"[^>]*>(.*?)</td>")]
    private static partial Regex ScorecardRow();
}
