using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.Web.Tests.Infrastructure;
using static AntiTrafficking.Web.Tests.Infrastructure.Commands;

namespace AntiTrafficking.Web.Tests.Admin;

/// <summary>
/// The page /quan-tri/nhat-ky: an administrator sees the filtered entries newest first with the chain's status, pages
/// and export links that keep the filters, in Vietnamese and in English; a refused filter is shown next to the form.
/// Commands go to commune 06664 (Hà Tu).
/// </summary>
[Collection(AuditWebCollection.Name)]
public sealed partial class AuditPageTests(AuditWebFixture fixture)
{
    private const string Commune = "06664";

    [Fact]
    public async Task AnAdministratorSeesTheFilteredEntriesTheChainAndFilteredExportLinks()
    {
        var officer = new ActingParty($"tt-{Key()[..8]}", "TTTT");
        var api = fixture.CreateClient();
        string[] keys = [Key(), Key(), Key()];
        for (var i = 0; i < keys.Length; i++)
        {
            await api.AcceptAsync($"/communes/{Commune}/surveys", new RecordSurvey(keys[i], officer, $"KS-{keys[i][..10]}", D(2013, 6, 1 + i), 20, 10));
        }

        var admin = await fixture.SignedInClientAsync(new ActingParty($"admin-{Key()[..8]}", null, ActorRole.Administrator));
        using var response = await admin.GetAsync($"/quan-tri/nhat-ky?actor={officer.UserId}&pageSize=2");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Nhật ký kiểm tra</h1>", html);
        Assert.Matches("id=\"chain-status\" data-intact=\"true\"", html);
        Assert.Contains("id=\"total\">3<", html);
        Assert.Equal([keys[2], keys[1]], Rows().Matches(html).Select(m => m.Groups["key"].Value));
        Assert.All(Rows().Matches(html), m => Assert.Equal(
            (officer.UserId, "TTTT", "Cán bộ cơ quan", "", "Khảo sát nhận thức của người dân", $"commune/{Commune}", "Được chấp nhận"),
            (m.Groups["actor"].Value, m.Groups["agency"].Value, m.Groups["role"].Value, m.Groups["district"].Value, m.Groups["action"].Value,
                m.Groups["target"].Value, m.Groups["outcome"].Value)));
        // Times in Vietnam time to the second (UTC+7), e.g. "07/12/2026 09:15:02".
        Assert.All(Rows().Matches(html), m => Assert.Equal(
            DateTimeOffset.Parse(m.Groups["utc"].Value, CultureInfo.InvariantCulture).ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture),
            m.Groups["time"].Value));
        Assert.Contains("<caption>Mới nhất trước; thời gian theo giờ Việt Nam (UTC+7)</caption>", html);
        Assert.Contains("Trang 1 / 2", html);
        Assert.Contains($"href=\"/quan-tri/nhat-ky?actor={officer.UserId}&pageSize=2&page=2\"", html);
        Assert.Contains($"id=\"export-csv\" href=\"/api/v1/audit?actor={officer.UserId}&pageSize=2&format=csv\"", html);
        Assert.Contains($"value=\"{officer.UserId}\"", html);

        using var second = await admin.GetAsync($"/quan-tri/nhat-ky?actor={officer.UserId}&pageSize=2&page=2");
        Assert.Equal([keys[0]], Rows().Matches(WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync())).Select(m => m.Groups["key"].Value));

        using var english = await admin.GetAsync($"/quan-tri/nhat-ky?actor={officer.UserId}&culture=en-GB");
        var englishHtml = WebUtility.HtmlDecode(await english.Content.ReadAsStringAsync());
        Assert.Contains("<h1>Audit trail</h1>", englishHtml);
        Assert.Contains("Intact", englishHtml);
        Assert.Contains(">Accepted<", englishHtml);
        Assert.Equal(3, Rows().Matches(englishHtml).Count);
        Assert.All(Rows().Matches(englishHtml), m => Assert.Equal(("Agency officer", "Residents' awareness survey"), (m.Groups["role"].Value, m.Groups["action"].Value)));
    }

    [Fact]
    public async Task AFilterThatIsNotUnderstoodIsShownNextToTheForm()
    {
        var admin = await fixture.SignedInClientAsync(new ActingParty($"admin-{Key()[..8]}", null, ActorRole.Administrator));

        using var response = await admin.GetAsync("/quan-tri/nhat-ky?from=2026-11-02&to=2026-11-01");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"filter-error\" data-field=\"to\">Thời điểm 'đến' phải sau thời điểm 'từ'.<", html);
        Assert.DoesNotContain("id=\"audit-entries\"", html);
    }

    [GeneratedRegex("<tr data-sequence=\"\\d+\">\\s*<td class=\"num\">\\d+</td>\\s*<td data-utc=\"(?<utc>[^\"]+)\">(?<time>[^<]+)</td>\\s*<td>(?<actor>[^<]*)</td>\\s*<td>(?<agency>[^<]*)</td>\\s*<td data-role=\"[^\"]*\">(?<role>[^<]*)</td>\\s*<td>(?<district>[^<]*)</td>\\s*<td data-action=\"[^\"]*\">(?<action>[^<]*)</td>\\s*<td>(?<target>[^<]*)</td>\\s*<td data-outcome=\"[a-z]+\">(?<outcome>[^<]*)</td>\\s*<td>[^<]*</td>\\s*<td class=\"audit-change\"[^>]*>[^<]*</td>\\s*<td class=\"num\">\\d+</td>\\s*<td>(?<key>[^<]*)</td>")]
    private static partial Regex Rows();
}
