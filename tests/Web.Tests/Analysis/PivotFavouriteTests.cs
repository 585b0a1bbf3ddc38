using System.Net;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests.Analysis;

/// <summary>
/// A pivot table saved as a favourite (issue 20.3) is kept in the user's account and listed for that user alone; the
/// public may use the pivot and its links but not save, and is told why in both languages.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PivotFavouriteTests(WebFixture fixture)
{
    private const string Query = "?ind=IND-03&units=district&periods=2013&rows=unit&cols=indicator&show=status";

    [Fact]
    public async Task AFavouriteSavedByOneUserIsListedForThemWithItsLinkAndNotForAnother()
    {
        var owner = await fixture.SignedInClientAsync(new ActingParty("pivot-owner-" + Guid.NewGuid().ToString("N")[..8], null, ActorRole.Analyst));
        var other = await fixture.SignedInClientAsync(new ActingParty("pivot-other-" + Guid.NewGuid().ToString("N")[..8], null, ActorRole.Analyst));
        var token = await SignIn.AntiforgeryTokenAsync(owner, "/phan-tich" + Query);

        using var saved = await owner.PostAsync("/phan-tich" + Query + "&handler=favourite",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["name"] = "Nhận thức theo huyện 2013" }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var list = WebUtility.HtmlDecode(await owner.GetStringAsync("/phan-tich"));
        Assert.Contains("<li><a href=\"/phan-tich?ind=IND-03&units=district&periods=2013&rows=unit&cols=indicator&show=status\">Nhận thức theo huyện 2013</a></li>", list);
        Assert.DoesNotContain("Nhận thức theo huyện 2013", WebUtility.HtmlDecode(await other.GetStringAsync("/phan-tich")));
        // The saved link opens the same table.
        Assert.Contains("id=\"pivot-table\"", await owner.GetStringAsync("/phan-tich" + Query));
    }

    [Fact]
    public async Task TheSaveAndDeleteFormsEachCarryTheirOwnAntiforgeryToken()
    {
        // A browser posts the form it is shown: the save form needs a token of its own (its action is computed, so the
        // form tag helper adds none unless asked), or saving answers a bare 400.
        var owner = await fixture.SignedInClientAsync(new ActingParty("pivot-token-" + Guid.NewGuid().ToString("N")[..8], null, ActorRole.Analyst));
        var token = await SignIn.AntiforgeryTokenAsync(owner, "/phan-tich" + Query);
        using var saved = await owner.PostAsync("/phan-tich" + Query + "&handler=favourite",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["name"] = "Có mã chống giả mạo" }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var html = await owner.GetStringAsync("/phan-tich" + Query);

        foreach (var form in new[] { "favourite-form", "favourite-delete-form" })
        {
            var start = html.IndexOf($"id=\"{form}\"", StringComparison.Ordinal);
            Assert.True(start >= 0, $"no {form}");
            Assert.Contains("name=\"__RequestVerificationToken\"", html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)]);
        }
    }

    [Fact]
    public async Task AUserDeletesASavedFavouriteAndIsToldInBothLanguagesWhenThereIsNoneOfThatName()
    {
        var owner = await fixture.SignedInClientAsync(new ActingParty("pivot-delete-" + Guid.NewGuid().ToString("N")[..8], null, ActorRole.Analyst));
        var token = await SignIn.AntiforgeryTokenAsync(owner, "/phan-tich" + Query);
        FormUrlEncodedContent Form(string name) => new(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["name"] = name });
        using var kept = await owner.PostAsync("/phan-tich" + Query + "&handler=favourite", Form("Giữ lại"));
        using var saved = await owner.PostAsync("/phan-tich" + Query + "&handler=favourite", Form("Để xóa"));
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (kept.StatusCode, saved.StatusCode));
        Assert.Contains("Để xóa</a></li>", WebUtility.HtmlDecode(await owner.GetStringAsync("/phan-tich")));

        using var deleted = await owner.PostAsync("/phan-tich" + Query + "&handler=deletefavourite", Form("Để xóa"));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/phan-tich" + Query, deleted.Headers.Location?.OriginalString);
        var list = WebUtility.HtmlDecode(await owner.GetStringAsync("/phan-tich"));
        Assert.DoesNotContain("Để xóa", list);
        Assert.Contains("Giữ lại</a></li>", list);

        using var vi = await owner.PostAsync("/phan-tich" + Query + "&handler=deletefavourite", Form("Để xóa"));
        using var en = await owner.PostAsync("/phan-tich" + Query + "&culture=en-GB&handler=deletefavourite", Form("Để xóa"));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (vi.StatusCode, en.StatusCode));
        Assert.Contains("Không có bảng đã lưu tên 'Để xóa'.", WebUtility.HtmlDecode(await vi.Content.ReadAsStringAsync()));
        Assert.Contains("There is no saved table named 'Để xóa'.", WebUtility.HtmlDecode(await en.Content.ReadAsStringAsync()));
        Assert.Contains("Giữ lại</a></li>", WebUtility.HtmlDecode(await owner.GetStringAsync("/phan-tich")));
    }

    [Fact]
    public async Task APublicVisitorCannotSaveAndIsToldWhyInBothLanguages()
    {
        var visitor = fixture.AnonymousClient();
        var token = await SignIn.AntiforgeryTokenAsync(visitor, "/dang-nhap");

        using var vi = await visitor.PostAsync("/phan-tich" + Query + "&handler=favourite",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["name"] = "Của tôi" }));
        using var en = await visitor.PostAsync("/phan-tich" + Query + "&culture=en-GB&handler=favourite",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["name"] = "Mine" }));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (vi.StatusCode, en.StatusCode));
        Assert.Contains("Đăng nhập để lưu bảng; liên kết chia sẻ vẫn dùng được.", WebUtility.HtmlDecode(await vi.Content.ReadAsStringAsync()));
        Assert.Contains("Sign in to save a table; the link to share it still works.", WebUtility.HtmlDecode(await en.Content.ReadAsStringAsync()));
        // The table itself is open to the public.
        using var page = await visitor.GetAsync("/phan-tich" + Query);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
