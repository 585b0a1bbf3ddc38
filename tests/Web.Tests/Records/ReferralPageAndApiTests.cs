using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests.Records;

/// <summary>
/// Referring a received person from one agency to another, through the API and the pages: both agencies' inboxes list
/// the referral, the agency referred to sees the record but not the personal data until it accepts, and an agency
/// without the record is refused it. Persons are received in November 2026, after the program, so no figure moves.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ReferralPageAndApiTests(WebFixture fixture)
{
    private static readonly ActingParty BorderGuard = new("bdbp-ref-web", "BDBP", ActorRole.CaseWorker);
    private static readonly ActingParty Health = new("yt-ref-web", "YT", ActorRole.CaseWorker);
    private static readonly ActingParty WomensUnion = new("hlhpn-ref-web", "HLHPN", ActorRole.CaseWorker);

    [Fact]
    public async Task AReferredPersonIsInBothInboxesAndReadByTheOtherAgencyOnlyOnceItAccepts()
    {
        var borderGuard = await fixture.ClientForAsync(BorderGuard);
        var health = await fixture.ClientForAsync(Health);
        await borderGuard.AcceptAsync("/provinces/22/persons/REF-P1/reception", Reception("Người Được Chuyển"));
        using var before = await health.GetAsync(ApiCalls.Api + "/provinces/22/persons/REF-P1");

        await borderGuard.AcceptAsync("/provinces/22/persons/REF-P1/referrals",
            new { idempotencyKey = Commands.Key(), toAgency = "YT", reason = "khám, chữa bệnh", referredOn = "2026-11-21" });
        using var pending = await health.GetAsync(ApiCalls.Api + "/provinces/22/persons/REF-P1");
        using var pendingRead = await health.PostAsJsonAsync(ApiCalls.Api + "/provinces/22/persons/REF-P1/personal-data/reads", new { purpose = "khám bệnh" });
        var incoming = await ReferralsAsync(health);
        var outgoing = await ReferralsAsync(borderGuard);
        await health.AcceptAsync("/provinces/22/persons/REF-P1/referrals/acceptance", new { idempotencyKey = Commands.Key(), acceptedOn = "2026-11-22" });
        using var read = await health.PostAsJsonAsync(ApiCalls.Api + "/provinces/22/persons/REF-P1/personal-data/reads", new { purpose = "khám bệnh" });
        using var other = await (await fixture.ClientForAsync(WomensUnion)).GetAsync(ApiCalls.Api + "/provinces/22/persons/REF-P1");

        await Refusal.AssertAsync(before, HttpStatusCode.Forbidden, "notPermitted", "reader.agencyCode");
        Assert.Equal(HttpStatusCode.OK, pending.StatusCode);
        await Refusal.AssertAsync(pendingRead, HttpStatusCode.Forbidden, "notPermitted", "reader.agencyCode");
        Assert.Equal(("BDBP", "YT", "pending"), Single(incoming, "REF-P1"));
        Assert.Equal(("BDBP", "YT", "pending"), Single(outgoing, "REF-P1"));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("Người Được Chuyển", await read.Content.ReadAsStringAsync());
        await Refusal.AssertAsync(other, HttpStatusCode.Forbidden, "notPermitted", "reader.agencyCode");
        Assert.Equal(("BDBP", "YT", "accepted"), Single(await ReferralsAsync(borderGuard), "REF-P1"));
        Assert.DoesNotContain((await ReferralsAsync(health)).EnumerateArray(), l => l.GetProperty("id").GetString() == "REF-P1");
        var persons = await health.GetStringAsync(ApiCalls.Api + "/provinces/22/persons?receivedFrom=2026-11-20&receivedTo=2026-11-20");
        Assert.Contains("\"id\":\"REF-P1\"", persons);
    }

    [Fact]
    public async Task TheRecordPageShowsTheReferralWithItsAnswerButtonsAndTheInboxPageListsIt()
    {
        await (await fixture.ClientForAsync(BorderGuard)).AcceptAsync("/provinces/22/persons/REF-P2/reception", Reception("Người Chờ Nhận"));
        var borderGuard = await fixture.SignedInClientAsync(BorderGuard);
        var token = await SignIn.AntiforgeryTokenAsync(borderGuard, "/nan-nhan/REF-P2");
        using var referred = await borderGuard.PostAsync("/nan-nhan/REF-P2?handler=Refer", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("toAgency", "HLHPN"), new("reason", "tư vấn tâm lý"), new("on", "2026-11-21"), new("idempotencyKey", Commands.Key())]));
        var womensUnion = await fixture.SignedInClientAsync(WomensUnion);

        var inbox = await womensUnion.GetStringAsync("/hop-thu");
        var page = await womensUnion.GetStringAsync("/nan-nhan/REF-P2");
        var answerToken = await SignIn.AntiforgeryTokenAsync(womensUnion, "/nan-nhan/REF-P2");
        using var declined = await womensUnion.PostAsync("/nan-nhan/REF-P2?handler=Decline", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", answerToken), new("reason", "ngoài địa bàn"), new("on", "2026-11-22"), new("idempotencyKey", Commands.Key())]));
        using var refusedAfter = await womensUnion.GetAsync("/nan-nhan/REF-P2");
        var referringInbox = await borderGuard.GetStringAsync("/hop-thu");
        var referringPage = await borderGuard.GetStringAsync("/nan-nhan/REF-P2");

        Assert.True(referred.StatusCode == HttpStatusCode.OK, $"{referred.StatusCode} {referred.Headers.Location}");
        Assert.Contains("<tr data-record=\"REF-P2\" data-referral=\"incoming\" data-status=\"pending\">", inbox);
        Assert.Contains("tư vấn tâm lý", inbox);
        Assert.Contains("id=\"accept-referral\"", page);
        Assert.Contains("id=\"decline-referral\"", page);
        Assert.Contains("<tr data-step=\"referred\">", page);
        Assert.DoesNotContain("Người Chờ Nhận", page);
        // Declined: the record leaves the Women's Union (back to its inbox, then refused); the Border Guard sees the answer.
        Assert.Equal("/hop-thu", declined.Headers.Location?.OriginalString);
        Assert.Equal("/dang-nhap/tu-choi", refusedAfter.Headers.Location?.AbsolutePath);
        Assert.Contains("<tr data-record=\"REF-P2\" data-referral=\"outgoing\" data-status=\"declined\">", referringInbox);
        Assert.Contains("<tr data-step=\"referralDeclined\">", referringPage);
        Assert.Contains("(ngoài địa bàn)", referringPage);
        Assert.Contains("<tr data-referral=\"1\" data-to=\"HLHPN\" data-status=\"declined\">", referringPage);
    }

    [Fact]
    public async Task APersonWhoHasNotConsentedToDataSharingIsNotReferredAndThePageSaysWhy()
    {
        var api = await fixture.ClientForAsync(BorderGuard);
        await api.AcceptAsync("/provinces/22/persons/REF-P3/reception", Reception("Người Chưa Đồng Ý", sharing: false));
        using var refused = await api.PostCommandAsync("/provinces/22/persons/REF-P3/referrals",
            new { idempotencyKey = Commands.Key(), toAgency = "YT", reason = "khám bệnh", referredOn = "2026-11-21" });
        var problem = await Refusal.AssertAsync(refused, HttpStatusCode.BadRequest, "consentRequired", "consent");
        Assert.Contains("chưa đồng ý chia sẻ thông tin với cơ quan khác", problem.MessageVi, StringComparison.Ordinal);

        var pages = await fixture.SignedInClientAsync(BorderGuard);
        var token = await SignIn.AntiforgeryTokenAsync(pages, "/nan-nhan/REF-P3");
        using var form = await pages.PostAsync("/nan-nhan/REF-P3?handler=Refer", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("toAgency", "YT"), new("reason", "khám bệnh"), new("on", "2026-11-21"), new("idempotencyKey", Commands.Key())]));
        var page = await form.Content.ReadAsStringAsync();

        Assert.Contains("Người này chưa đồng ý chia sẻ thông tin với cơ quan khác", page);
        Assert.Contains("<dt>Đồng ý chia sẻ thông tin</dt>\n            <dd>Chưa đồng ý</dd>", page);
        Assert.DoesNotContain("data-step=\"referred\"", page);
        Assert.DoesNotContain((await ReferralsAsync(api)).EnumerateArray(), l => l.GetProperty("id").GetString() == "REF-P3");
    }

    /// <param name="sharing">The person consents to data sharing (ticked at reception), as a referral needs.</param>
    private static object Reception(string name, bool sharing = true) => new
    {
        idempotencyKey = Commands.Key(), receivedOn = "2026-11-20", place = "mongCai", howReturned = "handedOver", countryCode = "CN",
        homeUnitCode = "06715", sex = "female", birthYear = 1994, personalData = new { fullName = name }, wantsConfidentiality = false,
        consentsToDataSharing = sharing,
    };

    private static async Task<JsonElement> ReferralsAsync(HttpClient client)
    {
        using var response = await client.GetAsync(ApiCalls.Api + "/provinces/22/inbox");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("referrals");
    }

    private static (string?, string?, string?) Single(JsonElement lines, string id)
    {
        var referral = Assert.Single(Assert.Single(lines.EnumerateArray(), l => l.GetProperty("id").GetString() == id).GetProperty("referrals").EnumerateArray());
        return (referral.GetProperty("fromAgency").GetString(), referral.GetProperty("toAgency").GetString(), referral.GetProperty("status").GetString());
    }
}
