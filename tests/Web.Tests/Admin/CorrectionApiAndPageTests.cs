using System.Net;
using System.Net.Http.Json;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Audit;
using AntiTrafficking.Web.Tests.Infrastructure;
using static AntiTrafficking.Web.Tests.Infrastructure.Commands;

namespace AntiTrafficking.Web.Tests.Admin;

/// <summary>
/// Corrections through the JSON API (POST …/corrections): refused in both languages when malformed, accepted with a
/// reason, then shown with the value before and after on the record's page (in Vietnamese and in English), on the
/// administrator's audit trail (API and page) — a birth year only as its age groups, anywhere. Records dated 2026, after
/// the program, in the administrator tests' own site (so the trail holds only their acts).
/// </summary>
[Collection(AuditWebCollection.Name)]
public sealed class CorrectionApiAndPageTests(AuditWebFixture fixture)
{
    private static readonly ActingParty Police = new("ca-correct", "CA");

    [Fact]
    public async Task ATipCorrectedThroughTheApiShowsBeforeAndAfterOnItsPageAndInTheAuditTrail()
    {
        var id = $"CORR-T-{Key()[..6].ToUpperInvariant()}";
        var police = await fixture.ClientForAsync(Police);
        await police.AcceptAsync($"/provinces/22/tips/{id}/receipt", new { idempotencyKey = Key(), receivedOn = "2026-08-12", unitCode = "06862", source = "citizen" });

        using var none = await police.PostCommandAsync($"/provinces/22/tips/{id}/corrections", new { idempotencyKey = Key(), reason = "Sửa" });
        await Refusal.AssertAsync(none, HttpStatusCode.BadRequest, "oneValue", "correction");
        using var unchanged = await police.PostCommandAsync(
            $"/provinces/22/tips/{id}/corrections", new { idempotencyKey = Key(), reason = "Sửa", source = "citizen" });
        await Refusal.AssertAsync(unchanged, HttpStatusCode.BadRequest, "unchanged", "source");
        await police.AcceptAsync($"/provinces/22/tips/{id}/corrections", new { idempotencyKey = Key(), reason = "Nhập nhầm ngày", receivedOn = "2026-08-14" });

        var officer = await fixture.SignedInClientAsync(Police);
        var page = await officer.GetStringAsync($"/tin-bao/{id}");
        Assert.Contains("<tr data-step=\"corrected\">", page);
        Assert.Contains("<td class=\"correction\" data-field=\"receivedOn\">Ngày tiếp nhận: <del>12/08/2026</del> → <ins>14/08/2026</ins> · Lý do: Nhập nhầm ngày</td>", page);
        Assert.Contains($"href=\"/nhap-lieu/sua-so-lieu-tin-bao?target={id}\"", page);
        var english = await officer.GetStringAsync($"/tin-bao/{id}?culture=en-GB");
        Assert.Contains("Date received: <del>12/08/2026</del> → <ins>14/08/2026</ins> · Reason: Nhập nhầm ngày", english);
        Assert.Contains("Correct a value", english);
        var form = await officer.GetStringAsync($"/nhap-lieu/sua-so-lieu-tin-bao?target={id}");
        Assert.Contains($"value=\"{id}\"", form);
        // An analyst reads the record but corrects nothing: no link.
        Assert.DoesNotContain("id=\"correct-record\"", await (await fixture.SignedInClientAsync(Parties.Analyst)).GetStringAsync($"/tin-bao/{id}"));

        var admin = await fixture.SignedInClientAsync(new ActingParty($"admin-{Key()[..8]}", null, ActorRole.Administrator));
        var trail = (await admin.GetFromJsonAsync<AuditPage>($"/api/v1/audit?action=CorrectTip&outcome=accepted&target=tip/22:{id}", TestJson.Options))!;
        var entry = Assert.Single(trail.Entries);
        Assert.Equal(("receivedOn", "2026-08-12", "2026-08-14"), (entry.ChangeField, entry.ChangeBefore, entry.ChangeAfter));
        Assert.True(trail.Chain.Intact);
        var log = await admin.GetStringAsync($"/quan-tri/nhat-ky?action=CorrectTip&target=tip/22:{id}");
        Assert.Contains("data-field=\"receivedOn\">receivedOn: 2026-08-12 → 2026-08-14</td>", log);
    }

    [Fact]
    public async Task APersonsBirthYearCorrectedThroughTheApiIsShownAsItsAgeGroupsAndTheYearNowhere()
    {
        var id = $"CORR-P-{Key()[..6].ToUpperInvariant()}";
        var caseWorker = await fixture.ClientForAsync(Parties.CaseWorker);
        await caseWorker.AcceptAsync($"/provinces/22/persons/{id}/reception", new
        {
            idempotencyKey = Key(), receivedOn = "2026-09-09", place = "mongCai", howReturned = "handedOver", countryCode = "CN",
            homeUnitCode = "06715", sex = "female", birthYear = 1961, personalData = new { fullName = "Người Sửa Năm Sinh" }, wantsConfidentiality = false,
        });

        using var implausible = await caseWorker.PostCommandAsync($"/provinces/22/persons/{id}/corrections", new { idempotencyKey = Key(), reason = "Sửa năm sinh", birthYear = 1895 });
        var problem = await Refusal.AssertAsync(implausible, HttpStatusCode.BadRequest, "outOfRange", "birthYear");
        Assert.DoesNotContain("1895", problem.MessageVi + problem.MessageEn);
        await caseWorker.AcceptAsync($"/provinces/22/persons/{id}/corrections", new { idempotencyKey = Key(), reason = "Theo giấy khai sinh", birthYear = 2011 });

        var view = await caseWorker.GetStringAsync($"/api/v1/provinces/22/persons/{id}");
        Assert.Contains("\"ageGroup\":\"under16\"", view);
        Assert.Contains("\"correction\":{\"field\":\"birthYear\",\"before\":\"over30\",\"after\":\"under16\",\"reason\":\"Theo giấy khai sinh\"}", view);
        Assert.DoesNotContain("2011", view.Replace("2026", "", StringComparison.Ordinal));
        var page = await (await fixture.SignedInClientAsync(Parties.CaseWorker)).GetStringAsync($"/nan-nhan/{id}");
        Assert.Contains("data-field=\"birthYear\">Năm sinh (nhóm tuổi): <del>Trên 30 tuổi</del> → <ins>Dưới 16 tuổi</ins> · Lý do: Theo giấy khai sinh</td>", page);
        var admin = await fixture.SignedInClientAsync(new ActingParty($"admin-{Key()[..8]}", null, ActorRole.Administrator));
        var entry = Assert.Single((await admin.GetFromJsonAsync<AuditPage>($"/api/v1/audit?action=CorrectPerson&outcome=accepted&target=victim/22:{id}", TestJson.Options))!.Entries);
        Assert.Equal(("birthYear", "over30", "under16"), (entry.ChangeField, entry.ChangeBefore, entry.ChangeAfter));
    }
}
