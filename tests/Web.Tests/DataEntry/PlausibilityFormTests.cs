using System.Net;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests.DataEntry;

/// <summary>
/// The plausibility rules, as a form shows them: each refusal says what is wrong, names the field by its label and
/// stands next to it, and nothing is recorded. Units of Đầm Hà (200) only.
/// </summary>
[Collection(EntryFormsWebCollection.Name)]
public sealed class PlausibilityFormTests(EntryFormsWebFixture fixture)
{
    private static readonly ActingParty Police = new("ca-plausible", "CA");

    [Fact]
    public async Task ABirthYearGivingAnAgeOver100IsRefusedNextToTheBirthYearWithTheRangeAndWithoutTheYearTyped()
    {
        var client = await fixture.SignedInClientAsync(new ActingParty("ldtbxh-plausible", "LDTBXH", ActorRole.CaseWorker));
        var before = await client.ReadAsync("/communes/06898/scorecard?period=2014");
        var reception = Reception("TN-PLAUSIBLE-1", birthYear: "1900");

        var html = await client.PostAsync("tiep-nhan-nguoi-tro-ve", await client.OpenAsync("tiep-nhan-nguoi-tro-ve"), reception);
        var english = await PostInEnglishAsync(client, "tiep-nhan-nguoi-tro-ve", reception);

        Assert.Equal("Năm sinh: Tuổi khi tiếp nhận phải từ 0 đến 100: năm sinh phải từ 1914 đến 2014.", FormPages.ErrorOf(html, "birthYear"));
        Assert.Equal("Year of birth: The age at reception must be 0 to 100: the birth year must be 1914 to 2014.", FormPages.ErrorOf(english, "birthYear"));
        // The typed year is not shown back; the page's random ids (the form's key, the antiforgery token) may hold any digits.
        var shown = System.Text.RegularExpressions.Regex.Replace(html + english, "form-[0-9a-f]{32}|value=\"CfDJ8[^\"]*\"", "");
        Assert.DoesNotContain("1900", shown);
        Assert.DoesNotContain("id=\"entry-confirmation\"", html + english);
        Assert.Equal(before, await client.ReadAsync("/communes/06898/scorecard?period=2014"));
    }

    [Fact]
    public async Task AKeyAreaMeasureDatedBeforeTheDesignationIsRefusedNamingTheDesignationDate()
    {
        var client = await fixture.SignedInClientAsync(Police);
        var designated = await client.PostAsync("tuyen-dia-ban-trong-diem", await client.OpenAsync("tuyen-dia-ban-trong-diem"), With(
            ("target", "TD-PLAUSIBLE-1"), ("designatedOn", "2014-03-01"), ("unitCode", "06901"), ("kind", "route"), ("name", "Tuyến Quảng An")));
        var measure = With(("target", "TD-PLAUSIBLE-1"), ("appliedOn", "2014-02-01"), ("description", "Tuần tra"));

        var html = await client.PostAsync("bien-phap-nghiep-vu", await client.OpenAsync("bien-phap-nghiep-vu"), measure);
        var english = await PostInEnglishAsync(client, "bien-phap-nghiep-vu", measure);

        Assert.Contains("Đã ghi nhận.", designated);
        Assert.Equal("Ngày áp dụng: Tuyến, địa bàn trọng điểm này được xác định từ ngày 01/03/2014; biện pháp ngày 01/02/2014 trước ngày đó.",
            FormPages.ErrorOf(html, "appliedOn"));
        Assert.Equal("Date applied: This key area was designated on 2014-03-01; a measure dated 2014-02-01 is before it.", FormPages.ErrorOf(english, "appliedOn"));
        Assert.Null(FormPages.ErrorOf(html, "target"));
        Assert.DoesNotContain("id=\"entry-confirmation\"", html + english);
    }

    [Fact]
    public async Task ASurveyWithMoreRespondentsThanTheBoundOrThanANumberHoldsOrDatedAfterTodayIsRefusedNextToTheFieldByItsLabel()
    {
        var client = await fixture.SignedInClientAsync(new ActingParty("vh-plausible", "VHTTDL"));
        var before = await client.ReadAsync("/communes/06904/scorecard?period=2014");

        var tooMany = await client.PostAsync("khao-sat-nhan-thuc", await client.OpenAsync("khao-sat-nhan-thuc"), With(
            ("target", "06904"), ("surveyId", "KS-PLAUSIBLE-1"), ("conductedOn", "2014-05-02"), ("respondents", "100001"), ("aware", "30")));
        var future = await client.PostAsync("khao-sat-nhan-thuc", await client.OpenAsync("khao-sat-nhan-thuc"), With(
            ("target", "06904"), ("surveyId", "KS-PLAUSIBLE-2"), ("conductedOn", "2026-11-29"), ("respondents", "40"), ("aware", "30")));
        var overflowing = await client.PostAsync("khao-sat-nhan-thuc", await client.OpenAsync("khao-sat-nhan-thuc"), With(
            ("target", "06904"), ("surveyId", "KS-PLAUSIBLE-4"), ("conductedOn", "2014-05-02"), ("respondents", "99999999999"), ("aware", "30")));
        var moreAware = await client.PostAsync("khao-sat-nhan-thuc", await client.OpenAsync("khao-sat-nhan-thuc"), With(
            ("target", "06904"), ("surveyId", "KS-PLAUSIBLE-3"), ("conductedOn", "2014-05-02"), ("respondents", "40"), ("aware", "41")));

        Assert.Equal("'Số người được hỏi' không được lớn hơn 100.000: hãy kiểm tra lại số đã nhập.", FormPages.ErrorOf(tooMany, "respondents"));
        Assert.Equal("Số người được hỏi: Số quá lớn: hãy kiểm tra lại số đã nhập.", FormPages.ErrorOf(overflowing, "respondents"));
        Assert.Equal("Ngày khảo sát: Ngày 29/11/2026 ở tương lai (hôm nay là 28/11/2026).", FormPages.ErrorOf(future, "conductedOn"));
        Assert.Equal("'Số người hiểu biết' không được lớn hơn 'Số người được hỏi'.", FormPages.ErrorOf(moreAware, "aware"));
        Assert.DoesNotContain("id=\"entry-confirmation\"", tooMany + overflowing + future + moreAware);
        Assert.Equal(before, await client.ReadAsync("/communes/06904/scorecard?period=2014"));
    }

    private static Dictionary<string, string> Reception(string id, string birthYear) => new()
    {
        ["target"] = id, ["receivedOn"] = "2014-06-10", ["place"] = "mongCai", ["howReturned"] = "handedOver", ["countryCode"] = "CN",
        ["homeUnitCode"] = "06898", ["sex"] = "female", ["birthYear"] = birthYear, ["personalData.fullName"] = "Trần Thị Thử",
    };

    private static async Task<string> PostInEnglishAsync(HttpClient client, string form, IEnumerable<KeyValuePair<string, string>> values)
    {
        var hidden = await client.OpenAsync(form);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/nhap-lieu/{form}?culture=en-GB")
        {
            Content = new FormUrlEncodedContent(hidden.Concat(values)),
        };
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, string> With(params (string Name, string Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);
}
