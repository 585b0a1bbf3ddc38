using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Accounts;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.Grains;
using AntiTrafficking.Grains.Accounts;
using AntiTrafficking.Web.Tests.Infrastructure;
using AntiTrafficking.WebFrontend.Security;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using static AntiTrafficking.Web.Tests.Infrastructure.Commands;

namespace AntiTrafficking.Web.Tests.Security;

/// <summary>API keys: stored as a hash, the actor taken from them, revocation and expiry.</summary>
[Collection(WebCollection.Name)]
public sealed class ApiKeyTests(WebFixture fixture)
{
    private static readonly ActingParty Culture = new("vhttdl-system", "VHTTDL");

    [Fact]
    public async Task AnIssuedKeyIsShownOnceAndOnlyTheHashOfItsSecretIsStoredOrListed()
    {
        var issued = await IssueAsync(Culture, DateOnly.FromDateTime(TestSiloConfigurator.Now.UtcDateTime).AddMonths(6));
        var secret = issued.Key[(issued.Key.IndexOf('.') + 1)..];

        var stored = new GrainState<ApiKeyState>();
        await fixture.SiloServices.GetRequiredKeyedService<IGrainStorage>(StorageNames.Main)
            .ReadStateAsync("apiKey", GrainId.Create("apikey", issued.Id), stored);
        var listed = await (await fixture.AdminAsync()).GetStringAsync("/api/v1/admin/api-keys");

        Assert.Equal(Culture, stored.State!.Party);
        Assert.Equal(64, stored.State!.SecretHash.Length);
        Assert.DoesNotContain(secret, JsonSerializer.Serialize(stored.State), StringComparison.Ordinal);
        Assert.Contains(issued.Id, listed);
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(stored.State.SecretHash, listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyNamingAnotherActorIsRefusedWith403AndAnAbsentActorIsTheKeys()
    {
        var client = await fixture.ClientForAsync(Culture);
        var before = await client.ReadAsync("/communes/06655/scorecard?period=2014");

        using var other = await client.PostCommandAsync("/communes/06655/surveys",
            new RecordSurvey(Key(), new ActingParty("ic-web", "TTTT"), "KS-KEY-1", D(2014, 3, 1), 10, 5));
        using var otherRole = await client.PostJsonTextAsync("/communes/06655/surveys",
            $$"""{"idempotencyKey":"{{Key()}}","actor":{"userId":"vhttdl-system","agencyCode":"VHTTDL","role":"administrator"},"surveyId":"KS-KEY-2","conductedOn":"2014-03-01","respondents":10,"aware":5}""");

        await Refusal.AssertInVietnameseAsync(other, HttpStatusCode.Forbidden, "actorMismatch", "actor");
        await Refusal.AssertInVietnameseAsync(otherRole, HttpStatusCode.Forbidden, "actorMismatch", "actor");
        Assert.Equal(before, await client.ReadAsync("/communes/06655/scorecard?period=2014"));

        await client.AcceptAsync("/communes/06655/surveys", new
        {
            idempotencyKey = Key(), surveyId = "KS-KEY-3", conductedOn = "2014-03-01", respondents = 10, aware = 5,
        });
        var ind03 = (await client.ScorecardAsync("/communes/06655/scorecard?period=2014")).Indicators.Single(i => i.Code == "IND-03");
        Assert.Equal((5, 10), (ind03.Numerator, ind03.Denominator));
        // The grain recorded the key's party as the actor of the command whose body named none.
        var recorded = fixture.SiloServices.GetRequiredService<AntiTrafficking.Grains.Audit.MemoryAuditTrail>().Records
            .Last(r => r.Entry.Action == nameof(RecordSurvey) && r.Entry.Target.EndsWith("06655", StringComparison.Ordinal)).Entry;
        Assert.Equal(("vhttdl-system", "VHTTDL", "accepted"), (recorded.ActorUserId, recorded.ActorAgency, recorded.Outcome));
    }

    [Fact]
    public async Task ARevokedKeyIsRefusedWith401AndChangesNothing()
    {
        var issued = await IssueAsync(new ActingParty("revoke-check", "VHTTDL"), DateOnly.FromDateTime(TestSiloConfigurator.Now.UtcDateTime).AddMonths(6));
        var client = fixture.AnonymousClient();
        client.DefaultRequestHeaders.Add(ApiKeySecrets.Header, issued.Key);
        await client.AcceptAsync("/communes/06658/surveys", new RecordSurvey(Key(), new ActingParty("revoke-check", "VHTTDL"), "KS-REV-1", D(2014, 3, 1), 10, 5));
        var before = await client.ReadAsync("/communes/06658/scorecard?period=2014");

        using var revoked = await (await fixture.AdminAsync()).PostAsync($"/api/v1/admin/api-keys/{issued.Id}/revocation", null);
        using var after = await client.PostCommandAsync("/communes/06658/surveys", new RecordSurvey(Key(), new ActingParty("revoke-check", "VHTTDL"), "KS-REV-2", D(2014, 3, 1), 10, 5));

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        await Refusal.AssertInVietnameseAsync(after, HttpStatusCode.Unauthorized, "unauthenticated", "");
        Assert.Equal(before, await fixture.CreateClient().ReadAsync("/communes/06658/scorecard?period=2014"));
    }

    [Fact]
    public async Task AKeyStopsWorkingAfterItsExpiryDayAndAKeyBeyondTwoYearsIsNotIssued()
    {
        var today = DateOnly.FromDateTime(TestSiloConfigurator.AccountTime.GetUtcNow().UtcDateTime);
        var issued = await IssueAsync(new ActingParty("expiry-check", null, ActorRole.Analyst), today.AddDays(1));
        var client = fixture.AnonymousClient();
        client.DefaultRequestHeaders.Add(ApiKeySecrets.Header, issued.Key);

        using (var valid = await client.GetAsync("/api/v1/communes/06649/scorecard?period=2014"))
        {
            Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        }

        TestSiloConfigurator.AccountTime.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));
        using var expired = await client.GetAsync("/api/v1/communes/06649/scorecard?period=2014");
        using var tooLong = await (await fixture.AdminAsync()).PostAsJsonAsync("/api/v1/admin/api-keys",
            new ApiKeyRequest("long-key", ActorRole.Analyst, null, null, "too long", today.AddYears(3)), TestJson.Options);

        await Refusal.AssertAsync(expired, HttpStatusCode.Unauthorized, "unauthenticated", "");
        await Refusal.AssertAsync(tooLong, HttpStatusCode.BadRequest, "invalidExpiry", "expiresOn");
    }

    [Fact]
    public async Task AMalformedOrUnknownKeyIsRefusedWith401()
    {
        foreach (var key in new[] { "not-a-key", "0123456789ab.wrong-secret-of-some-length", "" })
        {
            var client = fixture.AnonymousClient();
            client.DefaultRequestHeaders.TryAddWithoutValidation(ApiKeySecrets.Header, key);
            using var response = await client.GetAsync("/api/v1/communes/06649/scorecard?period=2014");
            await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "unauthenticated", "");
        }
    }

    private async Task<IssuedApiKey> IssueAsync(ActingParty party, DateOnly expiresOn)
    {
        using var response = await (await fixture.AdminAsync()).PostAsJsonAsync("/api/v1/admin/api-keys",
            new ApiKeyRequest(party.UserId, party.Role, party.AgencyCode, party.DistrictCode, "tests", expiresOn), TestJson.Options);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return (await response.Content.ReadFromJsonAsync<IssuedApiKey>(TestJson.Options))!;
    }
}
