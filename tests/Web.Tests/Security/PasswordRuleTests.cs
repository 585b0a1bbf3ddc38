using System.Net;
using System.Net.Http.Json;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Accounts;
using AntiTrafficking.Web.Tests.Infrastructure;
using AntiTrafficking.WebFrontend.Security;

namespace AntiTrafficking.Web.Tests.Security;

/// <summary>
/// A new password is refused (400 weakPassword, in Vietnamese and English) when blank, one character or a short group
/// repeated, or in the list of common passwords — whatever its length — and no account is made or changed.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PasswordRuleTests(WebFixture fixture)
{
    [Theory]
    [InlineData("              ", "trống")]
    [InlineData("aaaaaaaaaaaaaaaa", "lặp lại")]
    [InlineData("abcabcabcabc", "lặp lại")]
    [InlineData("123456789012", "phổ biến")]
    [InlineData("password1234", "phổ biến")]
    [InlineData("Quangninh2015!", "phổ biến")]
    [InlineData("Admin12345678", "phổ biến")]
    [InlineData("qwertyuiop123", "phổ biến")]
    [InlineData("phongchongmuabannguoi", "phổ biến")]
    public async Task AWeakPasswordIsRefusedForANewAccountAndForANewPassword(string password, string reason)
    {
        var admin = await fixture.AdminAsync();
        var userName = "weak-" + Guid.NewGuid().ToString("N")[..8];

        using var created = await admin.PostAsJsonAsync("/api/v1/admin/accounts", new AccountRequest(userName, password, ActorRole.Analyst), TestJson.Options);
        using var reset = await admin.PostAsJsonAsync($"/api/v1/admin/accounts/{WebFixture.AdminUserName}/password", new PasswordRequest(password), TestJson.Options);

        var problem = await Refusal.AssertAsync(created, HttpStatusCode.BadRequest, "weakPassword", "password");
        Assert.Contains(reason, problem.MessageVi);
        Assert.Equal(problem.MessageEn, (await Refusal.AssertAsync(reset, HttpStatusCode.BadRequest, "weakPassword", "password")).MessageEn);
        Assert.DoesNotContain((await admin.GetFromJsonAsync<List<AccountView>>("/api/v1/admin/accounts", TestJson.Options))!, a => a.Party.UserId == userName);
        using var stillAdmin = await fixture.AnonymousClient().SignInAsync(WebFixture.AdminUserName, fixture.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, stillAdmin.StatusCode);
    }

    [Fact]
    public async Task AnUncommonPasswordOfTwelveCharactersIsAccepted()
    {
        using var created = await (await fixture.AdminAsync()).PostAsJsonAsync("/api/v1/admin/accounts",
            new AccountRequest("strong-check", "song Bạch Đằng 1288", ActorRole.Analyst), TestJson.Options);

        Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);
        using var signedIn = await fixture.AnonymousClient().SignInAsync("strong-check", "song Bạch Đằng 1288");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task TheAdministrationPageShowsTheReasonNextToThePasswordField()
    {
        var admin = await fixture.AdminAsync();
        var token = await SignIn.AntiforgeryTokenAsync(admin, "/quan-tri");

        using var response = await admin.PostAsync("/quan-tri?handler=CreateAccount", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["userName"] = "weak-page",
            ["password"] = "matkhau123456",
            ["role"] = "Analyst",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("id=\"account-password-error\">Mật khẩu này quá phổ biến", await response.Content.ReadAsStringAsync());
    }
}
