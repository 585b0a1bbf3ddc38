using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests;

/// <summary>
/// The data-entry forms: the same commands as the API, sent as the signed-in user, each refusal next to its field, a
/// double submit counted once; only the data-entry roles may open them.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DataEntryFormTests(WebFixture fixture)
{
    private static readonly ActingParty CultureOfficer = new("officer-form", "VHTTDL");

    private HttpClient? _signedIn;

    private async Task<HttpClient> ClientAsync(ActingParty? party = null) =>
        party is null ? _signedIn ??= await fixture.SignedInClientAsync(CultureOfficer) : await fixture.SignedInClientAsync(party);

    [Fact]
    public async Task ASurveySubmittedTwiceFromOneRenderedFormCountsOnceAndTheConfirmationShowsTheCommunesNewFigures()
    {
        var client = await ClientAsync();
        var hidden = await client.OpenAsync("khao-sat-nhan-thuc");
        Assert.StartsWith("form-", hidden["idempotencyKey"]);
        Assert.True(hidden.ContainsKey("__RequestVerificationToken"));
        var values = With(("target", "07069"), ("surveyId", "KS-2014-MK"), ("conductedOn", "2014-05-02"), ("respondents", "40"), ("aware", "30"));

        var first = await client.PostAsync("khao-sat-nhan-thuc", hidden, values);
        var second = await client.PostAsync("khao-sat-nhan-thuc", hidden, values);

        Assert.Contains("Đã ghi nhận.", first);
        Assert.Contains("<tr data-indicator=\"IND-03\"><td>IND-03</td><td>Người dân hiểu biết về phòng, chống MBN</td><td class=\"num counts\">30 / 40</td><td class=\"num value\">75,0</td>", first);
        Assert.Contains("Lệnh này đã được ghi nhận trước đó; không tính thêm lần nữa.", second);
        Assert.Contains("<td class=\"num counts\">30 / 40</td>", second);
        var commune = (await client.ScorecardAsync("/communes/07069/scorecard?period=2014")).Indicators.Single(i => i.Code == "IND-03");
        Assert.Equal((30, 40), (commune.Numerator, commune.Denominator));
    }

    [Fact]
    public async Task EachRefusedValueIsExplainedNextToItsFieldAndNothingIsRecorded()
    {
        var client = await ClientAsync();
        var before = await client.ReadAsync("/communes/07072/scorecard?period=2014");
        var hidden = await client.OpenAsync("khao-sat-nhan-thuc");

        var unreadable = await client.PostAsync("khao-sat-nhan-thuc", hidden,
            With(("target", "07072"), ("surveyId", ""), ("conductedOn", "02/05/2014"), ("respondents", "bốn mươi"), ("aware", "30")));
        var refusedByTheCommune = await client.PostAsync("khao-sat-nhan-thuc", await client.OpenAsync("khao-sat-nhan-thuc"),
            With(("target", "07072"), ("surveyId", "KS-1"), ("conductedOn", "2014-05-02"), ("respondents", "20"), ("aware", "30")));
        var unknownCommune = await client.PostAsync("khao-sat-nhan-thuc", await client.OpenAsync("khao-sat-nhan-thuc"),
            With(("target", "99999"), ("surveyId", "KS-1"), ("conductedOn", "2014-05-02"), ("respondents", "40"), ("aware", "30")));

        Assert.Equal("Mã đợt khảo sát: Trường này là bắt buộc.", FormPages.ErrorOf(unreadable, "surveyId"));
        Assert.Equal("Ngày khảo sát: Ngày không hợp lệ (năm-tháng-ngày).", FormPages.ErrorOf(unreadable, "conductedOn"));
        Assert.Equal("Số người được hỏi: Phải là một số nguyên.", FormPages.ErrorOf(unreadable, "respondents"));
        Assert.Null(FormPages.ErrorOf(unreadable, "aware"));
        Assert.Equal("'Số người hiểu biết' không được lớn hơn 'Số người được hỏi'.", FormPages.ErrorOf(refusedByTheCommune, "aware"));
        Assert.Contains("99999", FormPages.ErrorOf(unknownCommune, "target"));
        Assert.DoesNotContain("id=\"entry-confirmation\"", unreadable + refusedByTheCommune + unknownCommune);
        Assert.Equal(before, await client.ReadAsync("/communes/07072/scorecard?period=2014"));
    }

    [Fact]
    public async Task ARefusalIsExplainedInEnglishWhenThePageIsInEnglish()
    {
        // Officials' counts are the district officers' own data entry.
        var client = await ClientAsync(Commands.DistrictOfficer("205"));
        var hidden = await client.OpenAsync("can-bo-chuyen-trach");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/nhap-lieu/can-bo-chuyen-trach?culture=en-GB")
        {
            Content = new FormUrlEncodedContent(hidden.Concat(With(("target", "07075"), ("asOf", "2014-03-01"), ("total", "5"), ("trained", "9")))),
        };
        using var response = await client.SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal("'Of whom trained' must not be greater than 'Specialised officials in post'.", FormPages.ErrorOf(html, "trained"));
        Assert.Contains("<label class=\"form-label\" for=\"f-total\">Specialised officials", html);
    }

    [Fact]
    public async Task AReceivedPersonsNameIsNeverShownBackNeitherWithARefusalNorInTheConfirmation()
    {
        var client = await ClientAsync(new ActingParty("ldtbxh-01", "LDTBXH", ActorRole.CaseWorker));
        const string name = "Nguyễn Thị Bí Mật";
        const string identity = "031199001234";
        var reception = new Dictionary<string, string>
        {
            ["target"] = "TN-FORM-2014-01", ["receivedOn"] = "2014-06-10",
            ["place"] = "mongCai", ["howReturned"] = "handedOver", ["countryCode"] = "CN", ["homeUnitCode"] = "07195", ["sex"] = "female",
            ["birthYear"] = "1995", ["personalData.fullName"] = name, ["personalData.identityNumber"] = identity,
        };

        var refused = await client.PostAsync("tiep-nhan-nguoi-tro-ve", await client.OpenAsync("tiep-nhan-nguoi-tro-ve"),
            new Dictionary<string, string>(reception) { ["countryCode"] = "Trung Quốc", ["birthYear"] = "2020" });
        var accepted = await client.PostAsync("tiep-nhan-nguoi-tro-ve", await client.OpenAsync("tiep-nhan-nguoi-tro-ve"), reception);

        Assert.NotNull(FormPages.ErrorOf(refused, "countryCode"));
        Assert.Contains("Đã ghi nhận.", accepted);
        foreach (var page in new[] { refused, accepted })
        {
            Assert.DoesNotContain(name, page);
            Assert.DoesNotContain(identity, page);
            Assert.DoesNotContain("1995", page);
        }

        var commune = (await client.ScorecardAsync("/communes/07195/scorecard?period=2014")).Indicators.Single(i => i.Code == "IND-12");
        Assert.Equal(1, commune.Denominator);
    }

    [Fact]
    public async Task AFormOfAnotherAgencysStepIsNeitherListedNorOpenedAndItsPostRecordsNothing()
    {
        var police = await fixture.ClientForAsync(new ActingParty("ca-01", "CA"));
        await police.AcceptAsync("/provinces/22/tips/CA-FORM-1/receipt", new
        {
            idempotencyKey = Commands.Key(), actor = new { userId = "ca-01", agencyCode = "CA" }, receivedOn = "2014-01-02", unitCode = "06676",
            source = "citizen",
        });
        var before = await police.ReadAsync("/provinces/22/tips/CA-FORM-1");
        var information = await ClientAsync(new ActingParty("tttt-01", "TTTT"));
        var token = await SignIn.AntiforgeryTokenAsync(information, "/nhap-lieu/khao-sat-nhan-thuc");

        var list = await information.GetStringAsync("/nhap-lieu");
        using var opened = await information.GetAsync("/nhap-lieu/phan-loai-tin-bao");
        using var posted = await information.PostAsync("/nhap-lieu/phan-loai-tin-bao", new FormUrlEncodedContent(With(
            ("__RequestVerificationToken", token), ("idempotencyKey", Commands.Key()), ("target", "CA-FORM-1"), ("classifiedOn", "2014-01-05"),
            ("classification", "noSigns"))));

        Assert.Contains("href=\"/nhap-lieu/khao-sat-nhan-thuc\"", list);
        Assert.DoesNotContain("href=\"/nhap-lieu/phan-loai-tin-bao\"", list);
        Assert.DoesNotContain("href=\"/nhap-lieu/tiep-nhan-nguoi-tro-ve\"", list);
        foreach (var refused in new[] { opened, posted })
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal("/dang-nhap/tu-choi", refused.Headers.Location!.AbsolutePath);
        }

        Assert.Equal(before, await police.ReadAsync("/provinces/22/tips/CA-FORM-1"));
    }

    [Fact]
    public async Task ADistrictOfficerIsOfferedTheirOwnCommunesOnlyAndACommuneOfAnotherDistrictIsRefusedNamingTheDistrict()
    {
        // Đông Triều (205) is Mạo Khê's (07069) district; Tiên Yên's townlet (06862) is in 199.
        var officer = await ClientAsync(Commands.DistrictOfficer("205"));
        var before = await officer.ReadAsync("/communes/06862/scorecard?period=2014");

        var form = await officer.GetStringAsync("/nhap-lieu/can-bo-chuyen-trach");
        var html = await officer.PostAsync("can-bo-chuyen-trach", await officer.OpenAsync("can-bo-chuyen-trach"),
            With(("target", "06862"), ("asOf", "2014-03-01"), ("total", "5"), ("trained", "3")));

        Assert.Contains("<option value=\"07069\">Thị trấn Mạo Khê</option>", form);
        Assert.DoesNotContain("value=\"06862\"", form);
        Assert.Single(Regex.Matches(form, "<optgroup "));
        Assert.Contains("205", Regex.Match(html, "id=\"form-error\">([^<]*)<").Groups[1].Value);
        Assert.DoesNotContain("id=\"entry-confirmation\"", html);
        Assert.Equal(before, await officer.ReadAsync("/communes/06862/scorecard?period=2014"));
    }

    [Fact]
    public async Task ACaseOpenedFromItsFormIsStoredWithItsPurposeThoughThePurposeFieldIsNamedForm()
    {
        // The trafficking purpose is posted as "form", the name of the page's route value too.
        var police = await ClientAsync(new ActingParty("ca-open-form", "CA"));

        var html = await police.PostAsync("khoi-to-vu-an", await police.OpenAsync("khoi-to-vu-an"), With(
            ("target", "VA-FORM-OPEN-1"), ("openedOn", "2013-03-04"), ("unitCode", "06673"), ("suspects", "2"), ("form", "labour"), ("abroad", "true")));

        Assert.Contains("Đã ghi nhận.", html);
        using var response = await police.GetAsync(ApiCalls.Api + "/provinces/22/cases/VA-FORM-OPEN-1");
        var stored = (await response.Content.ReadFromJsonAsync<CaseView>(TestJson.Options))!;
        Assert.Equal(("06673", TraffickingForm.Labour, true, 2), (stored.UnitCode, stored.Form, stored.Abroad, stored.Suspects));
    }

    [Fact]
    public async Task APostWithoutTheFormsAntiforgeryTokenIsRefusedAndRecordsNothing()
    {
        var client = await ClientAsync();
        var before = await client.ReadAsync("/communes/07078/scorecard?period=2014");
        var hidden = await client.OpenAsync("khao-sat-nhan-thuc");
        hidden.Remove("__RequestVerificationToken");
        using var content = new FormUrlEncodedContent(hidden.Concat(
            With(("target", "07078"), ("surveyId", "KS-CSRF"), ("conductedOn", "2014-05-02"), ("respondents", "40"), ("aware", "30"))));

        using var response = await client.PostAsync("/nhap-lieu/khao-sat-nhan-thuc", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await client.ReadAsync("/communes/07078/scorecard?period=2014"));
    }

    [Fact]
    public async Task OnlyDataEntryRolesOpenTheFormsTheOthersAreSentToSignInOrRefusedAndSeeNoLink()
    {
        var anonymous = fixture.AnonymousClient();
        var analyst = await fixture.SignedInClientAsync(Parties.Analyst);
        var officer = await ClientAsync();

        using var anonymousList = await anonymous.GetAsync("/nhap-lieu");
        using var anonymousPost = await anonymous.PostAsync("/nhap-lieu/khao-sat-nhan-thuc", new FormUrlEncodedContent(With(("target", "07069"))));
        using var analystForm = await analyst.GetAsync("/nhap-lieu/khao-sat-nhan-thuc");

        Assert.Equal(HttpStatusCode.Redirect, anonymousList.StatusCode);
        Assert.StartsWith("/dang-nhap", anonymousList.Headers.Location!.AbsolutePath);
        Assert.NotEqual(HttpStatusCode.OK, anonymousPost.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, analystForm.StatusCode);
        Assert.Equal("/dang-nhap/tu-choi", analystForm.Headers.Location!.AbsolutePath);
        Assert.DoesNotContain("/nhap-lieu", await anonymous.GetStringAsync("/?period=2014"));
        Assert.DoesNotContain("/nhap-lieu", await analyst.GetStringAsync("/?period=2014"));
        Assert.Contains("id=\"data-entry-link\"", await officer.GetStringAsync("/?period=2014"));
    }

    private static Dictionary<string, string> With(params (string Name, string Value)[] values)
    {
        var all = new Dictionary<string, string>();
        foreach (var (name, value) in values)
        {
            all[name] = value;
        }

        return all;
    }
}
