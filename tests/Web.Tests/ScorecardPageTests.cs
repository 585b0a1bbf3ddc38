using System.Net;
using System.Text.RegularExpressions;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests;

/// <summary>The Razor page at / : the province's scorecard and its districts for a period.</summary>
[Collection(WebCollection.Name)]
public sealed partial class ScorecardPageTests(WebFixture fixture)
{
    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task TheHomePageShowsQuangNinhItsFourteenIndicatorsAndEveryDistrictByName()
    {
        var html = await PageAsync("/");

        Assert.Contains("<h1>Tỉnh Quảng Ninh</h1>", html);
        Assert.Equal(
            Enumerable.Range(1, 14).Select(i => $"IND-{i:00}"),
            IndicatorRow().Matches(Section(html, "province-scorecard")).Select(m => m.Groups[1].Value));
        var expected = AdminUnits.QuangNinhDistricts();
        Assert.Equal(14, expected.Count);
        Assert.Equal(
            expected.OrderBy(d => d.Key),
            DistrictRow().Matches(Section(html, "district-matrix"))
                .Select(m => KeyValuePair.Create(m.Groups[1].Value, m.Groups[2].Value.Trim()))
                .OrderBy(d => d.Key));
    }

    [Fact]
    public async Task APeriodChosenInTheQueryIsTheOneShownAndSelected()
    {
        var html = await PageAsync("/?period=2013-Q2");

        Assert.Contains("<title>Tỉnh Quảng Ninh · Quý II/2013 ·", html);
        // The program, the period, and the indicator of the quarterly trend (the first when none is chosen).
        Assert.Equal(["QN-3087-2011-2015", "2013-Q2", "IND-01"], SelectedOption().Matches(html).Select(m => m.Groups[1].Value));
        Assert.DoesNotContain("role=\"alert\"", html);
    }

    private async Task<string> PageAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The table with the given id, up to its closing tag.</summary>
    private static string Section(string html, string tableId)
    {
        var start = html.IndexOf($"id=\"{tableId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no table {tableId}");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("<tr data-indicator=\"([^\"]+)\">")]
    private static partial Regex IndicatorRow();

    [GeneratedRegex("<tr data-district=\"([^\"]+)\">\\s*<th scope=\"row\">([^<]*)</th>")]
    private static partial Regex DistrictRow();

    [GeneratedRegex("<option value=\"([^\"]+)\" selected=\"selected\"")]
    private static partial Regex SelectedOption();
}
