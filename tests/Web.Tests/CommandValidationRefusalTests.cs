using System.Net;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.Web.Tests.Infrastructure;
using static AntiTrafficking.Web.Tests.Infrastructure.Commands;

namespace AntiTrafficking.Web.Tests;

/// <summary>Commands whose values break a rule are refused with 400, naming the field, and store nothing (Tiên Yên townlet, 06862).</summary>
[Collection(WebCollection.Name)]
public sealed class CommandValidationRefusalTests(WebFixture fixture)
{
    private const string Surveys = "/communes/06862/surveys";
    private const string Officials = "/communes/06862/officials";
    private const string Scorecard = "/communes/06862/scorecard?period=2015";

    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task MoreAwareThanRespondentsIsRefusedWithProblemDetailsNamingTheField() =>
        await RefusedAsync(Surveys, new RecordSurvey(Key(), Officer, "KS-A", D(2015, 5, 1), 100, 101), "exceeds", "aware");

    [Fact]
    public async Task MoreTrainedOfficialsThanOfficialsInPostIsRefusedNamingTrained() =>
        await RefusedAsync(Officials, new RecordOfficials(Key(), DistrictOfficer("199"), D(2015, 5, 1), 3, 4), "exceeds", "trained");

    [Fact]
    public async Task ANegativeNumberOfOfficialsIsRefusedNamingTotal() =>
        await RefusedAsync(Officials, new RecordOfficials(Key(), DistrictOfficer("199"), D(2015, 5, 1), -1, 0), "negative", "total");

    [Fact]
    public async Task ASurveyDatedAfterTodayIsRefusedAndTheMessageGivesToday()
    {
        var problem = await RefusedAsync(Surveys, new RecordSurvey(Key(), Officer, "KS-B", D(2026, 11, 29), 100, 50), "dateInFuture", "conductedOn");

        Assert.Contains("2026-11-28", problem.MessageEn);
        Assert.Contains("28/11/2026", problem.MessageVi);
    }

    [Fact]
    public async Task ASurveyDatedBeforeTheProgramsRecordsBeginIsRefused()
    {
        var problem = await RefusedAsync(Surveys, new RecordSurvey(Key(), Officer, "KS-C", D(2010, 12, 31), 100, 50), "dateBeforeProgram", "conductedOn");

        Assert.Contains("2011-01-01", problem.MessageEn);
    }

    [Fact]
    public async Task MoreRespondentsThanTheBoundAreRefusedNamingTheBound()
    {
        var problem = await RefusedAsync(Surveys, new RecordSurvey(Key(), Officer, "KS-D", D(2015, 5, 1), 100_001, 50), "tooLarge", "respondents");

        Assert.Equal("'respondents' must not be greater than 100,000: check the figure entered.", problem.MessageEn);
    }

    private Task<ProblemBody> RefusedAsync(string path, object command, string code, string field) =>
        Refusal.AssertNothingStoredAsync(
            _client, Scorecard, () => _client.PostCommandAsync(path, command), HttpStatusCode.BadRequest, code, field);
}
