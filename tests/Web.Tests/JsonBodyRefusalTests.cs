using System.Net;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests;

/// <summary>Bodies that are not the command's JSON are refused with 400 malformedJson naming the field, and store nothing (Tiên Yên townlet, 06862).</summary>
[Collection(WebCollection.Name)]
public sealed class JsonBodyRefusalTests(WebFixture fixture)
{
    private const string Surveys = "/communes/06862/surveys";
    private const string Scorecard = "/communes/06862/scorecard?period=2015";

    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task ABodyWithASyntaxErrorIsRefusedNamingTheFieldWhereItBreaks() =>
        await RefusedAsync(
            """{"idempotencyKey":"json-1","actor":{"userId":"officer-web"},"surveyId":"KS-J","conductedOn":"2015-05-01","respondents":100,"aware":}""",
            "aware");

    [Fact]
    public async Task ABodyMissingARequiredFieldIsRefusedNamingTheMissingField() =>
        await RefusedAsync(
            """{"idempotencyKey":"json-1","actor":{"userId":"officer-web"},"surveyId":"KS-J","conductedOn":"2015-05-01","respondents":100}""",
            "aware");

    [Fact]
    public async Task AnActorWithoutAUserIdIsRefusedNamingActorUserId() =>
        await RefusedAsync(
            """{"idempotencyKey":"json-2","actor":{},"surveyId":"KS-J","conductedOn":"2015-05-01","respondents":100,"aware":5}""",
            "actor.userId");

    [Fact]
    public async Task ABodyWithAFieldTheCommandDoesNotHaveIsRefusedNamingThatField() =>
        await RefusedAsync(
            """{"idempotencyKey":"json-1","actor":{"userId":"officer-web"},"surveyId":"KS-J","conductedOn":"2015-05-01","respondents":100,"aware":5,"district":"199"}""",
            "district");

    private Task<ProblemBody> RefusedAsync(string json, string field) =>
        Refusal.AssertNothingStoredAsync(
            _client, Scorecard, () => _client.PostJsonTextAsync(Surveys, json), HttpStatusCode.BadRequest, "malformedJson", field);
}
