using System.Net;
using System.Text.Json;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests.Records;

/// <summary>
/// A person's consent through the API and on the record's page: a reception that leaves the consents out records none,
/// support is refused until consent is recorded and again after it is withdrawn, and the page shows both consents and
/// their steps. Dated after the program (2026), so that no figure other tests read moves.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ConsentTests(WebFixture fixture)
{
    private const string Person = "/provinces/22/persons/CONSENT-P1";

    [Fact]
    public async Task SupportIsRefusedUntilConsentIsRecordedAndAfterItsWithdrawalAndTheRecordPageShowsTheConsents()
    {
        var api = await fixture.ClientForAsync(Parties.CaseWorker);
        await api.AcceptAsync(Person + "/reception", new
        {
            idempotencyKey = Commands.Key(), receivedOn = "2026-09-09", place = "mongCai", howReturned = "rescued", countryCode = "CN",
            homeUnitCode = "06715", sex = "female", birthYear = 1997, personalData = new { fullName = "Người Thử Đồng Ý" }, wantsConfidentiality = false,
        });

        using var withoutConsent = await api.PostCommandAsync(Person + "/support", Support("2026-09-11"));
        var problem = await Refusal.AssertAsync(withoutConsent, HttpStatusCode.BadRequest, "consentRequired", "consent");
        Assert.Contains("chưa đồng ý nhận hỗ trợ", problem.MessageVi, StringComparison.Ordinal);
        Assert.Contains("has not consented to support", problem.MessageEn, StringComparison.Ordinal);

        await api.AcceptAsync(Person + "/consent", new { idempotencyKey = Commands.Key(), kind = "support", givenOn = "2026-09-10", note = "Ký biên bản" });
        using var twice = await api.PostCommandAsync(Person + "/consent", new { idempotencyKey = Commands.Key(), kind = "support", givenOn = "2026-09-10" });
        await Refusal.AssertAsync(twice, HttpStatusCode.Conflict, "duplicate", "kind");
        await api.AcceptAsync(Person + "/support", Support("2026-09-11"));
        await api.AcceptAsync(Person + "/consent-withdrawal", new { idempotencyKey = Commands.Key(), kind = "support", withdrawnOn = "2026-09-12" });
        using var afterWithdrawal = await api.PostCommandAsync(Person + "/support", Support("2026-09-13"));
        await Refusal.AssertAsync(afterWithdrawal, HttpStatusCode.BadRequest, "consentRequired", "consent");

        using var view = JsonDocument.Parse(await api.GetStringAsync(ApiCalls.Api + Person));
        var consent = Assert.Single(view.RootElement.GetProperty("consents").EnumerateArray());
        Assert.Equal(("support", "2026-09-10", "2026-09-12", "LDTBXH"),
            (consent.GetProperty("kind").GetString(), consent.GetProperty("givenOn").GetString(), consent.GetProperty("withdrawnOn").GetString(),
             consent.GetProperty("agencyCode").GetString()));
        Assert.Equal(1, view.RootElement.GetProperty("support").GetArrayLength());

        var page = await (await fixture.SignedInClientAsync(Parties.CaseWorker)).GetStringAsync("/nan-nhan/CONSENT-P1");
        Assert.Contains("<dt>Đồng ý nhận hỗ trợ</dt>\n            <dd>Đã rút lại ngày 12/09/2026 (đồng ý từ ngày 10/09/2026)</dd>", page);
        Assert.Contains("<dt>Đồng ý chia sẻ thông tin</dt>\n            <dd>Chưa đồng ý</dd>", page);
        Assert.Contains("<tr data-step=\"consentGiven\">", page);
        Assert.Contains("<tr data-step=\"consentWithdrawn\">", page);
        Assert.Contains("<td>Rút lại đồng ý</td>", page);
        Assert.Contains("<td>Nhận hỗ trợ</td>", page);

        // The reception's consent fields, left out of its JSON when false, are still in the published schema.
        var schema = await fixture.CreateClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"consentsToSupport\"", schema);
        Assert.Contains("\"consentsToDataSharing\"", schema);
    }

    private static object Support(string providedOn) =>
        new { idempotencyKey = Commands.Key(), kind = "psychological", providedOn, provider = "Trung tâm Công tác xã hội tỉnh" };
}
