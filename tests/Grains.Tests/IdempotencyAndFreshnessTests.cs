using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.Grains.Units;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.Storage;
using static AntiTrafficking.Grains.Tests.Commands;

namespace AntiTrafficking.Grains.Tests;

/// <summary>Retries count once; the province reflects an acknowledged command within a second. Uses Uông Bí (196).</summary>
[Collection(ClusterCollection.Name)]
public sealed class IdempotencyAndFreshnessTests(ClusterFixture fixture)
{
    private const string UongBi = "196";

    private static readonly ActingParty Officer = DistrictOfficer(UongBi);

    [Fact]
    public async Task RetryingACommandReturnsTheFirstResultAndCountsOnce()
    {
        var commune = await FirstCommuneAsync(UongBi, 0);
        var survey = new RecordSurvey(Key(), Officer, "S-retry", D(2014, 3, 1), 60, 30);

        var first = await commune.RecordSurveyAsync(survey);
        var second = await commune.RecordSurveyAsync(survey);
        var third = await commune.RecordSurveyAsync(survey);

        Assert.Equal(CommandOutcome.Accepted, first.Outcome);
        Assert.Equal((CommandOutcome.Duplicate, first.Version), (second.Outcome, second.Version));
        Assert.Equal((CommandOutcome.Duplicate, first.Version), (third.Outcome, third.Version));
        var ind03 = (await commune.GetScorecardAsync("2014")).Indicators.Single(i => i.Code == "IND-03");
        Assert.Equal((30L, 60L), (ind03.Numerator, ind03.Denominator));
    }

    [Fact]
    public async Task AKeyReusedForADifferentCommandIsRefusedAndChangesNothing()
    {
        var commune = await FirstCommuneAsync(UongBi, 3);
        var key = Key();
        var first = await commune.RecordSurveyAsync(new(key, Officer, "S-reuse", D(2015, 3, 1), 50, 20));

        var otherBody = await commune.RecordSurveyAsync(new(key, Officer, "S-reuse-2", D(2015, 3, 2), 70, 35));
        var otherType = await commune.RecordOfficialsAsync(new(key, Officer, D(2015, 3, 3), 4, 2));
        var sameAgain = await commune.RecordSurveyAsync(new(key, Officer, "S-reuse", D(2015, 3, 1), 50, 20));

        Assert.Equal(CommandOutcome.Accepted, first.Outcome);
        foreach (var refused in new[] { otherBody, otherType })
        {
            Assert.Equal((CommandOutcome.Rejected, first.Version, "idempotencyKeyReused", "idempotencyKey"),
                (refused.Outcome, refused.Version, refused.Error?.Code, refused.Error?.Field));
        }

        Assert.Equal((CommandOutcome.Duplicate, first.Version), (sameAgain.Outcome, sameAgain.Version));
        var ind03 = (await commune.GetScorecardAsync("2015")).Indicators.Single(i => i.Code == "IND-03");
        Assert.Equal((20L, 50L), (ind03.Numerator, ind03.Denominator));
    }

    [Fact]
    public async Task KeysAreScopedByCallerSoAnotherUsersSameKeyIsANewCommand()
    {
        var commune = await FirstCommuneAsync(UongBi, 4);
        var key = Key();
        var colleague = Officer with { UserId = "officer-196-colleague" };

        var first = await commune.RecordSurveyAsync(new(key, Officer, "S-scoped", D(2016, 3, 1), 40, 10));
        var second = await commune.RecordSurveyAsync(new(key, colleague, "S-scoped-2", D(2016, 3, 2), 30, 15));

        Assert.Equal((CommandOutcome.Accepted, CommandOutcome.Accepted), (first.Outcome, second.Outcome));
        Assert.Equal(first.Version + 1, second.Version);
        var ind03 = (await commune.GetScorecardAsync("2016")).Indicators.Single(i => i.Code == "IND-03");
        Assert.Equal((25L, 70L), (ind03.Numerator, ind03.Denominator));
    }

    [Fact]
    public async Task AKeyStoredBeforeKeysHadAHashAndACallerStillAnswersItsRetry()
    {
        var communes = await fixture.Grains.GetGrain<IDistrictGrain>(UongBi).GetCommunesAsync();
        var code = communes[5].Code;
        var commune = fixture.Grains.GetGrain<ICommuneGrain>(code);
        // The state as an older version stored it (the bare key, no caller, no fingerprint), read by a new activation.
        var storage = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Main);
        var stored = new GrainState<CommuneState>();
        await storage.ReadStateAsync("commune", commune.GetGrainId(), stored);
        stored.State = new CommuneState { Version = 1, Applied = { ["legacy-key"] = 1 } };
        await storage.WriteStateAsync("commune", commune.GetGrainId(), stored);
        await commune.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var retry = await commune.RecordSurveyAsync(new("legacy-key", Officer, "S-legacy", D(2017, 3, 1), 10, 5));
        var fresh = await commune.RecordSurveyAsync(new(Key(), Officer, "S-legacy-2", D(2017, 3, 2), 10, 5));

        Assert.Equal((CommandOutcome.Duplicate, 1L), (retry.Outcome, retry.Version));
        Assert.Equal((CommandOutcome.Accepted, 2L), (fresh.Outcome, fresh.Version));
    }

    [Fact]
    public async Task ARetriedRegistrationIsNotRefusedAsAlreadyRegistered()
    {
        var district = fixture.Grains.GetGrain<IDistrictGrain>(UongBi);
        var register = new RegisterPerson(Key(), Officer, "BCV-retry", D(2013, 1, 1));

        await district.RegisterReporterAsync(register);
        var retry = await district.RegisterReporterAsync(register);

        Assert.Equal(CommandOutcome.Duplicate, retry.Outcome);
        var reporters = (await district.GetScorecardAsync("2013")).Outputs.Single(o => o.Code == "OUT-01");
        Assert.Equal(1, reporters.Value);
    }

    [Fact]
    public async Task TheProvinceReflectsAnAcknowledgedCommandWithinOneSecond()
    {
        var province = fixture.Grains.GetGrain<IProvinceGrain>("22");
        var commune = await FirstCommuneAsync(UongBi, 1);
        var before = (await province.GetScorecardAsync("2012")).Indicators.Single(i => i.Code == "IND-03").Denominator;

        var result = await commune.RecordSurveyAsync(new(Key(), Officer, "S-fresh", D(2012, 9, 1), 25, 20));

        Assert.Equal(CommandOutcome.Accepted, result.Outcome);
        await Eventually.ReturnsAsync(
            () => province.GetScorecardAsync("2012"),
            card => card.Indicators.Single(i => i.Code == "IND-03").Denominator == before + 25,
            "the province's 2012 respondents to grow by 25",
            TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task ScorecardsReadBeforeAChangeDoNotHideIt()
    {
        var province = fixture.Grains.GetGrain<IProvinceGrain>("22");
        var district = fixture.Grains.GetGrain<IDistrictGrain>(UongBi);
        var commune = await FirstCommuneAsync(UongBi, 2);
        async Task<long[]> RespondentsAsync() =>
        [
            Respondents(await commune.GetScorecardAsync("2011-Q4")),
            Respondents(await district.GetScorecardAsync("2011-Q4")),
            Respondents((await district.GetCommuneScorecardsAsync("2011-Q4")).Single(c => c.UnitCode == commune.GetPrimaryKeyString())),
            Respondents((await province.GetDistrictScorecardsAsync("2011-Q4")).Single(d => d.UnitCode == UongBi)),
            Respondents(await province.GetScorecardAsync("2011-Q4")),
        ];
        var before = await RespondentsAsync();
        Assert.Equal(before, await RespondentsAsync());

        await commune.RecordSurveyAsync(new(Key(), Officer, "S-cached", D(2011, 11, 2), 40, 10));

        await Eventually.ReturnsAsync(
            RespondentsAsync,
            now => now.SequenceEqual(before.Select(b => b + 40)),
            "every level's 2011-Q4 respondents to grow by 40 after being read unchanged",
            TimeSpan.FromSeconds(2));
    }

    private static long Respondents(GrainInterfaces.Views.ScorecardView card) => card.Indicators.Single(i => i.Code == "IND-03").Denominator;

    private async Task<ICommuneGrain> FirstCommuneAsync(string district, int index)
    {
        var communes = await fixture.Grains.GetGrain<IDistrictGrain>(district).GetCommunesAsync();
        return fixture.Grains.GetGrain<ICommuneGrain>(communes[index].Code);
    }
}
