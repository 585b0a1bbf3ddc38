using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Accounts;
using AntiTrafficking.Web.Tests.Infrastructure;
using AntiTrafficking.WebFrontend.Security;

namespace AntiTrafficking.Web.Tests.Admin;

/// <summary>
/// The page /quan-tri: a refused form shows again what was typed (never the password), roles are words, agencies and
/// districts come from lists of the reference data, an administrator cannot disable their own account (page and
/// API), and a key's expiry is its last day.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class AdminPageTests(WebFixture fixture)
{
    [Fact]
    public async Task ARefusedAccountFormKeepsWhatWasTypedExceptThePasswordAndStoresNothing()
    {
        var admin = await fixture.AdminAsync();
        var (status, html) = await PostAsync(admin, "CreateAccount", new()
        {
            ["userName"] = "page-refused-193",
            ["displayName"] = "Nguyễn Thị Lan",
            ["password"] = "ngan-qua",
            ["role"] = "DistrictOfficer",
            ["districtCode"] = "193",
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Matches("id=\"admin-error\">[^<]*12", html);
        Assert.Contains("id=\"account-user\" name=\"userName\" value=\"page-refused-193\"", html);
        Assert.Contains("id=\"account-name\" name=\"displayName\" value=\"Nguyễn Thị Lan\"", html);
        Assert.Equal("DistrictOfficer", Selected(html, "account-role"));
        Assert.Equal("193", Selected(html, "account-district"));
        Assert.Null(Selected(html, "account-agency"));
        Assert.DoesNotContain("ngan-qua", html);
        Assert.Contains("name=\"password\" type=\"password\" autocomplete=\"new-password\" class=\"form-control is-invalid\" required", html);
        Assert.Matches("id=\"account-password-error\">[^<]*12 ký tự", html);
        Assert.DoesNotContain((await admin.GetFromJsonAsync<List<AccountView>>("/api/v1/admin/accounts", TestJson.Options))!,
            a => a.Party.UserId == "page-refused-193");

        // The key form too: a last day beyond two years is refused and the form keeps it.
        var tooLate = DateOnly.FromDateTime(TestSiloConfigurator.Now.UtcDateTime).AddYears(3);
        var (keyStatus, keyHtml) = await PostAsync(admin, "IssueKey", new()
        {
            ["userId"] = "page-he-thong-tp", ["label"] = "Hệ thống tư pháp", ["expiresOn"] = $"{tooLate:yyyy-MM-dd}", ["role"] = "AgencyOfficer", ["agencyCode"] = "TP",
        });
        Assert.Equal(HttpStatusCode.BadRequest, keyStatus);
        Assert.Contains("name=\"userId\" value=\"page-he-thong-tp\"", keyHtml);
        Assert.Contains("name=\"label\" value=\"Hệ thống tư pháp\"", keyHtml);
        Assert.Contains($"value=\"{tooLate:yyyy-MM-dd}\"", keyHtml);
        Assert.Equal("TP", Selected(keyHtml, "key-agency"));
        Assert.DoesNotContain("page-he-thong-tp", Regex.Match(keyHtml, "id=\"api-keys\".*?</table>", RegexOptions.Singleline).Value);
    }

    [Fact]
    public async Task RolesAreWordsAndAgenciesAndDistrictsAreChosenFromTheReferenceData()
    {
        var admin = await fixture.AdminAsync();
        var html = await PageAsync(admin, "/quan-tri");

        Assert.Equal(["Cán bộ cơ quan", "Cán bộ huyện", "Cán bộ hỗ trợ nạn nhân", "Lãnh đạo", "Chuyên viên phân tích", "Quản trị viên"], Options(html, "account-role").Select(o => o.Text));
        var agencies = Options(html, "account-agency");
        Assert.Equal(14, agencies.Count);
        Assert.Contains(("TP", "Sở Tư pháp"), agencies);
        var districts = Options(html, "key-district");
        Assert.Equal(15, districts.Count);
        Assert.Contains(districts, d => d.Value == "193" && d.Text.Contains("Hạ Long", StringComparison.Ordinal));
        Assert.Matches($"<tr data-user=\"{WebFixture.AdminUserName}\" data-enabled=\"True\">\\s*<td>admin</td><td>[^<]*</td><td>Quản trị viên</td>", html);
        Assert.DoesNotContain(">Administrator<", html);

        var english = await PageAsync(admin, "/quan-tri?culture=en-GB");
        Assert.Equal("District officer", Options(english, "account-role")[1].Text);
        Assert.Contains(("TP", "Department of Justice"), Options(english, "account-agency"));
    }

    [Fact]
    public async Task AnAdministratorCannotDisableTheirOwnAccountInThePageOrTheApiAndStaysEnabled()
    {
        var self = new ActingParty("page-admin-self", null, ActorRole.Administrator);
        var admin = await fixture.SignedInClientAsync(self);
        var page = await PageAsync(admin, "/quan-tri");
        var ownRow = Regex.Match(page, $"<tr data-user=\"{self.UserId}\".*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("tài khoản của bạn", ownRow);
        Assert.DoesNotContain("<form", ownRow);

        var (status, html) = await PostAsync(admin, "Disable", new() { ["userName"] = self.UserId });
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("id=\"admin-error\">Không thể tự khóa tài khoản của mình.<", html);
        var (_, english) = await PostAsync(admin, "Disable", new() { ["userName"] = self.UserId }, "en-GB");
        Assert.Contains("id=\"admin-error\">You cannot disable your own account.<", english);

        using var api = await admin.PostAsync($"/api/v1/admin/accounts/{self.UserId}/disabling", null);
        var problem = await Refusal.AssertAsync(api, HttpStatusCode.Forbidden, "notPermitted", "userName");
        Assert.Equal("You cannot disable your own account.", problem.MessageEn);

        var accounts = await admin.GetFromJsonAsync<List<AccountView>>("/api/v1/admin/accounts", TestJson.Options);
        Assert.True(accounts!.Single(a => a.Party.UserId == self.UserId).Enabled);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/quan-tri")).StatusCode);
    }

    [Fact]
    public async Task AKeysExpiryIsShownAsItsLastDayInVietnamTime()
    {
        var admin = await fixture.AdminAsync();
        var lastDay = DateOnly.FromDateTime(TestSiloConfigurator.Now.UtcDateTime).AddDays(100);
        using var issued = await admin.PostAsJsonAsync("/api/v1/admin/api-keys",
            new ApiKeyRequest("page-expiry-check", ActorRole.Analyst, null, null, "expiry shown", lastDay), TestJson.Options);
        var key = (await issued.Content.ReadFromJsonAsync<IssuedApiKey>(TestJson.Options))!;

        var html = await PageAsync(admin, "/quan-tri");
        var row = Regex.Match(html, $"<tr data-key=\"{key.Id}\">.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains($"<td class=\"key-expiry\">{lastDay:dd/MM/yyyy}</td>", row);
        Assert.Contains("<td>Chuyên viên phân tích</td>", row);
    }

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<(HttpStatusCode Status, string Html)> PostAsync(HttpClient client, string handler, Dictionary<string, string> values, string? culture = null)
    {
        values["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(client, "/quan-tri");
        using var form = new FormUrlEncodedContent(values);
        using var response = await client.PostAsync($"/quan-tri?handler={handler}" + (culture is null ? "" : $"&culture={culture}"), form);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static List<(string Value, string Text)> Options(string html, string selectId) =>
    [
        .. OptionTag().Matches(Regex.Match(html, $"<select id=\"{selectId}\".*?</select>", RegexOptions.Singleline).Value)
            .Select(m => (m.Groups["value"].Value, m.Groups["text"].Value.Trim())),
    ];

    private static string? Selected(string html, string selectId) =>
        OptionTag().Matches(Regex.Match(html, $"<select id=\"{selectId}\".*?</select>", RegexOptions.Singleline).Value)
            .FirstOrDefault(m => m.Groups["selected"].Success)?.Groups["value"].Value;

    [GeneratedRegex("<option value=\"(?<value>[^\"]*)\"(?<selected> selected=\"selected\")?>(?<text>[^<]*)</option>")]
    private static partial Regex OptionTag();
}
