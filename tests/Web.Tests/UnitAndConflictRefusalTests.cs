using System.Net;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.Web.Tests.Infrastructure;
using static AntiTrafficking.Web.Tests.Infrastructure.Commands;

namespace AntiTrafficking.Web.Tests;

/// <summary>Commands for a unit that does not exist (404) or that repeat what is already true (409) store nothing.</summary>
[Collection(WebCollection.Name)]
public sealed class UnitAndConflictRefusalTests(WebFixture fixture)
{
    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task ASurveyForAnUnknownCommuneCodeIsRefusedWith404NamingTheCode()
    {
        using var response = await _client.PostCommandAsync(
            "/communes/99999/surveys", new RecordSurvey(Key(), Officer, "KS-X", D(2015, 5, 1), 100, 80));

        var problem = await Refusal.AssertInVietnameseAsync(response, HttpStatusCode.NotFound, "unknownUnit", "code");
        Assert.Contains("99999", problem.MessageEn);
        using var readBack = await _client.GetAsync(ApiCalls.Api + "/communes/99999/scorecard?period=2015");
        await Refusal.AssertAsync(readBack, HttpStatusCode.NotFound, "unknownUnit", "code");
    }

    [Fact]
    public async Task RegisteringAnActivePropagandistAgainIsRefusedWith409AndTheyCountOnce()
    {
        const string scorecard = "/communes/06838/scorecard?period=2014";
        await _client.AcceptAsync("/communes/06838/propagandists", new RegisterPerson(Key(), DistrictOfficer("198"), "TTV-BL-1", D(2014, 3, 1)));

        await Refusal.AssertNothingStoredAsync(
            _client,
            scorecard,
            () => _client.PostCommandAsync("/communes/06838/propagandists", new RegisterPerson(Key(), DistrictOfficer("198"), "TTV-BL-1", D(2014, 4, 1))),
            HttpStatusCode.Conflict,
            "alreadyRegistered",
            "personId");

        var card = await _client.ScorecardAsync(scorecard);
        Assert.Equal(1, card.Outputs.Single(o => o.Code == "OUT-02").Value);
    }
}
