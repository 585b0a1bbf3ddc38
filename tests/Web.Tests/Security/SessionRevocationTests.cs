using System.Net;
using System.Net.Http.Json;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.Web.Tests.Infrastructure;
using AntiTrafficking.WebFrontend.Security;

namespace AntiTrafficking.Web.Tests.Security;

/// <summary>
/// A copy of a sign-in cookie, kept as an attacker or a forgotten browser would keep it, works until the session is
/// ended — by signing out, a new password, disabling or an administrator — and never after.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SessionRevocationTests(WebFixture fixture)
{
    [Fact]
    public async Task SigningOutEndsTheSessionForASavedCopyOfTheCookie()
    {
        var (client, saved) = await SignInAsync("session-signout");
        var token = await SignIn.AntiforgeryTokenAsync(client, "/");
        await AssertWorksAsync(saved);

        using var signedOut = await client.PostAsync("/dang-xuat", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        await AssertEndedAsync(saved);
    }

    [Fact]
    public async Task SigningOutEndsOnlyThatSession()
    {
        var (client, _) = await SignInAsync("session-other");
        var (_, other) = await SignInAsync("session-other", create: false);
        var token = await SignIn.AntiforgeryTokenAsync(client, "/");

        using var signedOut = await client.PostAsync("/dang-xuat", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        await AssertWorksAsync(other);
    }

    [Fact]
    public async Task ANewPasswordEndsEverySession()
    {
        var (_, saved) = await SignInAsync("session-password");
        await AssertWorksAsync(saved);

        using var reset = await (await fixture.AdminAsync()).PostAsJsonAsync("/api/v1/admin/accounts/session-password/password",
            new PasswordRequest("mot-mat-khau-moi-khac"), TestJson.Options);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        await AssertEndedAsync(saved);
    }

    [Fact]
    public async Task DisablingEndsEverySessionAndEnablingDoesNotReopenThem()
    {
        var (_, saved) = await SignInAsync("session-disabled");
        await AssertWorksAsync(saved);
        var admin = await fixture.AdminAsync();

        using var disabled = await admin.PostAsync("/api/v1/admin/accounts/session-disabled/disabling", null);
        using var enabled = await admin.PostAsync("/api/v1/admin/accounts/session-disabled/enabling", null);

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (disabled.StatusCode, enabled.StatusCode));
        await AssertEndedAsync(saved);
    }

    [Fact]
    public async Task AnAdministratorEndsEverySessionThroughTheApi()
    {
        var (_, first) = await SignInAsync("session-admin-api");
        var (_, second) = await SignInAsync("session-admin-api", create: false);
        await AssertWorksAsync(first);

        using var ended = await (await fixture.AdminAsync()).PostAsync("/api/v1/admin/accounts/session-admin-api/session-revocation", null);

        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        await AssertEndedAsync(first);
        await AssertEndedAsync(second);
        var (_, again) = await SignInAsync("session-admin-api", create: false);
        await AssertWorksAsync(again);
    }

    [Fact]
    public async Task AnAdministratorEndsEverySessionFromTheAdministrationPage()
    {
        var (_, saved) = await SignInAsync("session-admin-page");
        await AssertWorksAsync(saved);
        var admin = await fixture.AdminAsync();
        var token = await SignIn.AntiforgeryTokenAsync(admin, "/quan-tri");

        using var ended = await admin.PostAsync("/quan-tri?handler=EndSessions",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("userName", "session-admin-page")]));

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Contains("id=\"admin-done\"", await ended.Content.ReadAsStringAsync());
        await AssertEndedAsync(saved);
    }

    [Fact]
    public async Task OnlyAnAdministratorMayEndSessions()
    {
        var (officer, saved) = await SignInAsync("session-not-admin");

        using var refused = await officer.PostAsync("/api/v1/admin/accounts/admin/session-revocation", null);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await AssertWorksAsync(saved);
    }

    private const string Password = "mat-khau-cua-phien";

    /// <summary>Signs in a new analyst; returns its client and a copy of its cookie ("Cookie" header value).</summary>
    private async Task<(HttpClient Client, string Cookie)> SignInAsync(string userName, bool create = true)
    {
        if (create)
        {
            using var created = await (await fixture.AdminAsync()).PostAsJsonAsync("/api/v1/admin/accounts",
                new AccountRequest(userName, Password, ActorRole.Analyst), TestJson.Options);
            Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);
        }

        var client = fixture.AnonymousClient();
        using var signedIn = await client.SignInAsync(userName, Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-at-auth=", StringComparison.Ordinal));
        return (client, cookie[..cookie.IndexOf(';')]);
    }

    private async Task AssertWorksAsync(string cookie)
    {
        using var page = await WithCookieAsync(cookie, "/bao-cao");
        using var api = await WithCookieAsync(cookie, "/api/v1/communes/06922/scorecard?period=2014");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (page.StatusCode, api.StatusCode));
    }

    private async Task AssertEndedAsync(string cookie)
    {
        using var page = await WithCookieAsync(cookie, "/bao-cao");
        using var api = await WithCookieAsync(cookie, "/api/v1/communes/06922/scorecard?period=2014");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/dang-nhap", page.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("unauthenticated", (await api.ProblemAsync()).Code);
    }

    /// <summary>A GET from a fresh client that sends only the saved cookie.</summary>
    private async Task<HttpResponseMessage> WithCookieAsync(string cookie, string path)
    {
        using var client = fixture.AnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
