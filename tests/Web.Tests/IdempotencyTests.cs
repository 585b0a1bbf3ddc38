using System.Net;
using System.Net.Http.Json;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.Web.Tests.Infrastructure;
using AntiTrafficking.WebFrontend.Api;
using static AntiTrafficking.Web.Tests.Infrastructure.Commands;

namespace AntiTrafficking.Web.Tests;

/// <summary>A retried command counts once (Quảng Hà townlet 06922 in Hải Hà 201, 2014).</summary>
[Collection(WebCollection.Name)]
public sealed class IdempotencyTests(WebFixture fixture)
{
    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task RetryingASurveyWithTheSameIdempotencyKeyAnswersDuplicateAndCountsItsRespondentsOnce()
    {
        var survey = new RecordSurvey(Key(), Officer, "KS-2014-QH", D(2014, 9, 15), 60, 45);
        var first = await _client.AcceptAsync("/communes/06922/surveys", survey);

        using var retry = await _client.PostCommandAsync("/communes/06922/surveys", survey);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Contains("\"outcome\":\"duplicate\"", await retry.Content.ReadAsStringAsync());
        var replay = await retry.Content.ReadFromJsonAsync<CommandAccepted>(TestJson.Options);
        Assert.Equal(new CommandAccepted(CommandOutcome.Duplicate, first.Version), replay);
        foreach (var path in new[] { "/communes/06922/scorecard?period=2014", "/districts/201/scorecard?period=2014" })
        {
            var awareness = (await _client.ScorecardAsync(path)).Indicators.Single(i => i.Code == "IND-03");
            Assert.Equal((45L, 60L, 75.0m), (awareness.Numerator, awareness.Denominator, awareness.Value));
        }
    }

    [Fact]
    public async Task AKeyReusedForAnotherSurveyAnswers409AndKeepsTheFirstFigures()
    {
        const string scorecard = "/communes/06922/scorecard?period=2015";
        var key = Key();
        var first = await _client.AcceptAsync("/communes/06922/surveys", new RecordSurvey(key, Officer, "KS-2015-QH", D(2015, 4, 1), 80, 20));

        var problem = await Refusal.AssertNothingStoredAsync(_client, scorecard,
            () => _client.PostCommandAsync("/communes/06922/surveys", new RecordSurvey(key, Officer, "KS-2015-QH-2", D(2015, 5, 1), 90, 60)),
            HttpStatusCode.Conflict, "idempotencyKeyReused", "idempotencyKey");
        using var retry = await _client.PostCommandAsync("/communes/06922/surveys", new RecordSurvey(key, Officer, "KS-2015-QH", D(2015, 4, 1), 80, 20));

        Assert.Contains("khóa", problem.MessageVi, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(new CommandAccepted(CommandOutcome.Duplicate, first.Version), await retry.Content.ReadFromJsonAsync<CommandAccepted>(TestJson.Options));
        var awareness = (await _client.ScorecardAsync(scorecard)).Indicators.Single(i => i.Code == "IND-03");
        Assert.Equal((20L, 80L), (awareness.Numerator, awareness.Denominator));
    }

    [Fact]
    public async Task AnotherCallersSameKeyIsAppliedAsItsOwnCommand()
    {
        var key = Key();
        var colleague = Officer with { UserId = "officer-web-colleague" };
        var first = await _client.AcceptAsync("/communes/06922/surveys", new RecordSurvey(key, Officer, "KS-2016-QH", D(2016, 4, 1), 50, 10));

        var second = await _client.AcceptAsync("/communes/06922/surveys", new RecordSurvey(key, colleague, "KS-2016-QH-2", D(2016, 5, 1), 30, 20));

        Assert.Equal((CommandOutcome.Accepted, CommandOutcome.Accepted), (first.Outcome, second.Outcome));
        var awareness = (await _client.ScorecardAsync("/communes/06922/scorecard?period=2016")).Indicators.Single(i => i.Code == "IND-03");
        Assert.Equal((30L, 80L), (awareness.Numerator, awareness.Denominator));
    }
}
