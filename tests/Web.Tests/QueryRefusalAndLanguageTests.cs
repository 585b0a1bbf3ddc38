using System.Net;
using System.Net.Http.Headers;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.Web.Tests.Infrastructure;
using static AntiTrafficking.Web.Tests.Infrastructure.Commands;

namespace AntiTrafficking.Web.Tests;

/// <summary>Refused queries, and refusals in English for a client that prefers it (Tiên Yên townlet, 06862).</summary>
[Collection(WebCollection.Name)]
public sealed class QueryRefusalAndLanguageTests(WebFixture fixture)
{
    private const string Scorecard = "/communes/06862/scorecard?period=2015";

    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task AScorecardAskedForAnInvalidPeriodIsRefusedWith400NamingPeriod()
    {
        var problem = await Refusal.AssertNothingStoredAsync(
            _client,
            Scorecard,
            () => _client.GetAsync(ApiCalls.Api + "/provinces/22/scorecard?period=2013-Q5"),
            HttpStatusCode.BadRequest,
            "invalidPeriod",
            "period");

        Assert.Contains("2013-Q5", problem.MessageVi);
    }

    [Fact]
    public async Task ARefusalForAClientPreferringEnglishHasAnEnglishTitleAndKeepsTheVietnameseMessage()
    {
        var before = await _client.ReadAsync(Scorecard);
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiCalls.Api + "/communes/06862/surveys")
        {
            Content = JsonContent(new RecordSurvey(Key(), Officer, "KS-EN", D(2015, 5, 1), 10, 11)),
        };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("vi", 0.5));

        using var response = await _client.SendAsync(request);

        var problem = await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "exceeds", "aware");
        Assert.Equal("'aware' must not be greater than 'respondents'.", problem.Title);
        Assert.Equal("'aware' không được lớn hơn 'respondents'.", problem.MessageVi);
        Assert.Equal(before, await _client.ReadAsync(Scorecard));
    }

    private static HttpContent JsonContent(object command) =>
        System.Net.Http.Json.JsonContent.Create(command, command.GetType(), options: TestJson.Options);
}
