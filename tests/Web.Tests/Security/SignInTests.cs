using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.Grains;
using AntiTrafficking.Grains.Accounts;
using AntiTrafficking.Web.Tests.Infrastructure;
using AntiTrafficking.WebFrontend.Security;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace AntiTrafficking.Web.Tests.Security;

/// <summary>Local accounts: hashed passwords, the sign-in cookie's flags, disabling and sign-out (throttling: <see cref="SignInThrottleTests"/>).</summary>
[Collection(WebCollection.Name)]
public sealed class SignInTests(WebFixture fixture)
{
    [Fact]
    public async Task TheStoredAccountHoldsAPbkdf2HashAndNeverThePassword()
    {
        var password = "Mật-khẩu-" + Guid.NewGuid().ToString("N");
        await CreateAsync(new ActingParty("hash-check", "TTTT"), password);

        var stored = new GrainState<AccountState>();
        await fixture.SiloServices.GetRequiredKeyedService<IGrainStorage>(StorageNames.Main)
            .ReadStateAsync("account", GrainId.Create("account", "hash-check"), stored);
        var json = JsonSerializer.Serialize(stored.State!);

        Assert.Equal(new ActingParty("hash-check", "TTTT"), stored.State!.Party);
        Assert.DoesNotContain(password, json, StringComparison.Ordinal);
        Assert.DoesNotContain(Guid.Parse(password[^32..]).ToString("N"), json, StringComparison.Ordinal);
        // ASP.NET Core Identity's format 3 (0x01 marker): PBKDF2 with HMAC-SHA512, a salt and the iteration count.
        Assert.Equal(1, Convert.FromBase64String(stored.State.PasswordHash)[0]);
        Assert.True(Convert.FromBase64String(stored.State.PasswordHash).Length >= 61);
    }

    [Fact]
    public async Task TheSignInCookieIsHttpOnlySecureStrictAndForTheSessionOnly()
    {
        const string password = "mot-mat-khau-dai-du";
        await CreateAsync(new ActingParty("cookie-check", null, ActorRole.Analyst), password);

        using var response = await fixture.AnonymousClient().SignInAsync("cookie-check", password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-at-auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("; httponly", cookie);
        Assert.Contains("; secure", cookie);
        Assert.Contains("; samesite=strict", cookie);
        Assert.Contains("; path=/", cookie);
        Assert.DoesNotContain("expires=", cookie);
        Assert.DoesNotContain("domain=", cookie);
    }

    [Fact]
    public async Task ADisabledAccountCannotSignInAndItsOpenSessionStopsAtTheNextRequest()
    {
        var party = new ActingParty("disabled-check", null, ActorRole.Analyst);
        var signedIn = await fixture.SignedInClientAsync(party);
        using (var before = await signedIn.GetAsync("/bao-cao"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var disabled = await (await fixture.AdminAsync()).PostAsync("/api/v1/admin/accounts/disabled-check/disabling", null);
        using var after = await signedIn.GetAsync("/bao-cao");

        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/dang-nhap", after.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task SigningOutTakesAPostWithTheTokenAndEndsTheSession()
    {
        var client = await fixture.SignedInClientAsync(new ActingParty("signout-check", null, ActorRole.Leader));
        var token = await SignIn.AntiforgeryTokenAsync(client, "/");

        using var withoutToken = await client.PostAsync("/dang-xuat", new FormUrlEncodedContent([]));
        using var stillIn = await client.GetAsync("/bao-cao");
        using var signedOut = await client.PostAsync("/dang-xuat", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        using var after = await client.GetAsync("/bao-cao");

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/dang-nhap", after.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task AWeakPasswordOrAnIncoherentPartyIsRefusedAndNoAccountIsMade()
    {
        var admin = await fixture.AdminAsync();

        using var weak = await admin.PostAsJsonAsync("/api/v1/admin/accounts", new AccountRequest("weak-check", "ngan", ActorRole.Analyst), TestJson.Options);
        using var noDistrict = await admin.PostAsJsonAsync("/api/v1/admin/accounts",
            new AccountRequest("district-check", "mot-mat-khau-dai-du", ActorRole.DistrictOfficer), TestJson.Options);

        await Refusal.AssertAsync(weak, HttpStatusCode.BadRequest, "weakPassword", "password");
        await Refusal.AssertAsync(noDistrict, HttpStatusCode.BadRequest, "invalidParty", "districtCode");
        var accounts = (await admin.GetFromJsonAsync<List<AccountViewBody>>("/api/v1/admin/accounts", TestJson.Options))!;
        Assert.DoesNotContain(accounts, a => a.Party.UserId is "weak-check" or "district-check");
    }

    private async Task CreateAsync(ActingParty party, string password)
    {
        using var created = await (await fixture.AdminAsync()).PostAsJsonAsync("/api/v1/admin/accounts",
            new AccountRequest(party.UserId, password, party.Role, party.AgencyCode, party.DistrictCode), TestJson.Options);
        Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);
    }

    private sealed record AccountViewBody(ActingParty Party, bool Enabled);
}
