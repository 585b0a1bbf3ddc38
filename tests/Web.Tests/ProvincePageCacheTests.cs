using System.Net;
using System.Text.RegularExpressions;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.Web.Tests.Infrastructure;
using static AntiTrafficking.Web.Tests.Infrastructure.Commands;

namespace AntiTrafficking.Web.Tests;

/// <summary>The province page is served from memory to visitors while nothing changes, never staler than the figures, never to a signed-in user.</summary>
[Collection(WebCollection.Name)]
public sealed partial class ProvincePageCacheTests(WebFixture fixture)
{
    [Fact]
    public async Task AVisitorSeesAnAcceptedCommandAtTheNextLoadOfAPageServedFromMemory()
    {
        var visitor = fixture.AnonymousClient();
        const string Page = "/?period=2011-Q2";
        var before = ProvinceRespondents(await PageAsync(visitor, Page));
        Assert.Equal(before, ProvinceRespondents(await PageAsync(visitor, Page)));

        await fixture.CreateClient().AcceptAsync("/communes/06922/surveys", new RecordSurvey(Key(), Officer, "KS-cache", D(2011, 5, 3), 70, 21));

        // The province takes the district's push within a few tens of milliseconds; the page must follow it.
        var deadline = DateTime.UtcNow.AddSeconds(2);
        long now;
        while ((now = ProvinceRespondents(await PageAsync(visitor, Page))) != before + 70 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Equal(before + 70, now);
    }

    [Fact]
    public async Task ASignedInUserNeverGetsTheVisitorsPageNorDoVisitorsGetTheirs()
    {
        var visitor = fixture.AnonymousClient();
        var officer = await fixture.SignedInClientAsync(DistrictOfficer("201"));

        Assert.DoesNotContain("id=\"signed-in-as\"", await PageAsync(visitor, "/"));
        Assert.Contains("id=\"signed-in-as\">officer-201<", await PageAsync(officer, "/"));
        Assert.DoesNotContain("id=\"signed-in-as\"", await PageAsync(visitor, "/"));
    }

    [Fact]
    public async Task AVisitorWhoChoseEnglishGetsTheEnglishPageAfterAVietnameseOneWasStored()
    {
        Assert.Contains("<html lang=\"vi\">", await PageAsync(fixture.AnonymousClient(), "/?period=2012"));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/?period=2012");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den-GB%7Cuic%3Den-GB");
        using var response = await fixture.AnonymousClient().SendAsync(request);

        Assert.Contains("<html lang=\"en\">", await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>IND-03's denominator (survey respondents) in the province scorecard of the page.</summary>
    private static long ProvinceRespondents(string html)
    {
        var table = html[html.IndexOf("id=\"province-scorecard\"", StringComparison.Ordinal)..];
        return long.Parse(AwarenessCounts().Match(table).Groups[1].Value.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("<tr data-indicator=\"IND-03\">.*?<td class=\"num counts\"[^>]*>[^/]*/\\s*([0-9.]+)", RegexOptions.Singleline)]
    private static partial Regex AwarenessCounts();
}
