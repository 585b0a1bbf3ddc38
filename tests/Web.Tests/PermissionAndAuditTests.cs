using System.Net;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.Grains.Audit;
using AntiTrafficking.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static AntiTrafficking.Web.Tests.Infrastructure.Commands;

namespace AntiTrafficking.Web.Tests;

/// <summary>
/// A command its agency may not give is refused with 403, names the acting party's agency, stores nothing, and is
/// audited as refused with the API and the caller's address as its source.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PermissionAndAuditTests(WebFixture fixture)
{
    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task AnAgencyActingOutsideItsRoleGets403AndTheRefusalIsAuditedFromTheApi()
    {
        var key = Key();
        var area = $"KV-{key[..8]}";
        using var response = await _client.PostCommandAsync(
            $"/provinces/22/key-areas/{area}/designation",
            new DesignateKeyArea(key, new ActingParty("ic-web", "TTTT"), D(2013, 4, 1), "193", KeyAreaKind.Route, "Tuyến biên giới Móng Cái"));

        await Refusal.AssertInVietnameseAsync(response, HttpStatusCode.Forbidden, "notPermitted", "actor.agencyCode");
        using var readBack = await _client.GetAsync($"{ApiCalls.Api}/provinces/22/key-areas/{area}");
        Assert.Equal(HttpStatusCode.NotFound, readBack.StatusCode);
        var entry = Assert.Single(fixture.SiloServices.GetRequiredService<MemoryAuditTrail>().Records, r => r.Entry.IdempotencyKey == key).Entry;
        Assert.Equal(("ic-web", "TTTT", nameof(DesignateKeyArea), AuditActions.Rejected, "notPermitted"),
            (entry.ActorUserId, entry.ActorAgency, entry.Action, entry.Outcome, entry.Code));
        Assert.StartsWith("api ", entry.Source);
    }
}
