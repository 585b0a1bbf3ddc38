using AntiTrafficking.GrainInterfaces.Accounts;
using System.Net;
using System.Text;
using AntiTrafficking.Web.Tests.Infrastructure;
using AntiTrafficking.WebFrontend.Security;

namespace AntiTrafficking.Web.Tests.Hardening;

/// <summary>Bodies over the limits are refused with 413 and a problem, non-JSON command bodies with 415; neither stores anything (Thanh Lâm, 06976).</summary>
[Collection(WebCollection.Name)]
public sealed class RequestSizeTests(WebFixture fixture)
{
    private const string Surveys = "/api/v1/communes/06976/surveys";
    private const string Scorecard = "/communes/06976/scorecard?period=2014";

    [Fact]
    public async Task ACommandBodyOverSixtyFourKibibytesIsRefusedWith413AndStoresNothing()
    {
        var client = fixture.CreateClient();
        var before = await client.ReadAsync(Scorecard);

        using var response = await client.PostAsync(Surveys, Json(Survey(surveyId: new string('K', 70 * 1024))));

        var problem = await Refusal.AssertInVietnameseAsync(response, HttpStatusCode.RequestEntityTooLarge, "bodyTooLarge", "body");
        Assert.Contains("65536", problem.MessageEn);
        Assert.Equal(before, await client.ReadAsync(Scorecard));
    }

    [Fact]
    public async Task ABodyJustUnderTheLimitIsReadAndJudgedOnItsContent()
    {
        var client = fixture.CreateClient();

        using var response = await client.PostAsync(Surveys, Json(Survey(conductedOn: new string('9', 60 * 1024))));

        await Refusal.AssertInVietnameseAsync(response, HttpStatusCode.BadRequest, "malformedJson", "conductedOn");
    }

    [Fact]
    public async Task AValidCommandSentAsTextOrAFormIsRefusedWith415AndTheSameBodyAsJsonIsAccepted()
    {
        var client = fixture.CreateClient();
        var before = await client.ReadAsync(Scorecard);
        var body = Survey(surveyId: "KS-MEDIA-" + Commands.Key());

        using var text = await client.PostAsync(Surveys, new StringContent(body, Encoding.UTF8, "text/plain"));
        using var form = await client.PostAsync(Surveys, new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));
        using var none = await client.PostAsync(Surveys, new ByteArrayContent(Encoding.UTF8.GetBytes(body)));
        await Refusal.AssertInVietnameseAsync(text, HttpStatusCode.UnsupportedMediaType, "unsupportedMediaType", "content-type");
        await Refusal.AssertInVietnameseAsync(form, HttpStatusCode.UnsupportedMediaType, "unsupportedMediaType", "content-type");
        await Refusal.AssertInVietnameseAsync(none, HttpStatusCode.UnsupportedMediaType, "unsupportedMediaType", "content-type");
        Assert.Equal(before, await client.ReadAsync(Scorecard));

        using var json = await client.PostAsync(Surveys, Json(body));
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.NotEqual(before, await client.ReadAsync(Scorecard));
    }

    [Fact]
    public async Task OnKestrelAChunkedBodyOverTheLimitAndOversizedHeadersAreRefused()
    {
        // Any free port, never the configured 127.0.0.1:5080 that a system started by ./run.sh on this machine holds.
        await using var site = new SiteVariant(fixture, "Development", new Dictionary<string, string> { ["Urls"] = "http://127.0.0.1:0" });
        site.Factory.UseKestrel(0);
        site.Factory.StartServer();
        using var client = site.Factory.CreateClient();
        var before = await fixture.CreateClient().ReadAsync(Scorecard);

        using var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(Survey(surveyId: new string('K', 200 * 1024)))));
        chunked.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Surveys) { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add(ApiKeySecrets.Header, await fixture.KeyForAsync(Commands.Officer));
        using var tooLarge = await client.SendAsync(request);
        using var headers = new HttpRequestMessage(HttpMethod.Get, "/api/v1/provinces/22/scorecard") { Headers = { { "X-Padding", new string('h', 20 * 1024) } } };
        using var tooManyHeaderBytes = await client.SendAsync(headers);
        using var longLine = await client.GetAsync("/api/v1/provinces/22/scorecard?period=" + new string('9', 9 * 1024));

        await Refusal.AssertInVietnameseAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge, "bodyTooLarge", "body");
        Assert.Equal(before, await fixture.CreateClient().ReadAsync(Scorecard));
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, tooManyHeaderBytes.StatusCode);
        Assert.Equal(HttpStatusCode.RequestUriTooLong, longLine.StatusCode);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static string Survey(string surveyId = "KS-SIZE", string conductedOn = "2014-05-02") =>
        $$"""{"idempotencyKey":"{{Commands.Key()}}","actor":{"userId":"officer-web","agencyCode":"VHTTDL"},"surveyId":"{{surveyId}}","conductedOn":"{{conductedOn}}","respondents":40,"aware":30}""";
}
