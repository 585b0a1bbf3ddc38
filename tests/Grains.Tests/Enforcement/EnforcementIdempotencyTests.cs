using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Units;
using static AntiTrafficking.Grains.Tests.Commands;
using static AntiTrafficking.Grains.Tests.Enforcement.Actors;

namespace AntiTrafficking.Grains.Tests.Enforcement;

/// <summary>Every Project 2 command sent twice counts once; records survive deactivation. Uses Hà Lâu (06865) and Đại Dực (06868).</summary>
[Collection(ClusterCollection.Name)]
public sealed class EnforcementIdempotencyTests(ClusterFixture fixture)
{
    private const string HaLau = "06865";
    private const string DaiDuc = "06868";

    [Fact]
    public async Task EveryCommandOfATipACaseAndAKeyAreaSentTwiceCountsOnce()
    {
        var tip = fixture.Grains.GetGrain<ITipGrain>($"22:I-{Key()}");
        await TwiceAsync(tip.ReceiveAsync, new ReceiveTip(Key(), Police, D(2013, 2, 1), HaLau, TipSource.Citizen));
        await TwiceAsync(tip.ClassifyAsync, new ClassifyTip(Key(), Police, D(2013, 2, 3), TipClassification.SignsOfCrime));
        await TwiceAsync(tip.ConcludeVerificationAsync, new ConcludeVerification(Key(), Police, D(2013, 2, 20), VerificationConclusion.CaseOpened));

        var @case = fixture.Grains.GetGrain<ICaseGrain>($"22:I-{Key()}");
        await TwiceAsync(@case.OpenAsync, new OpenCase(Key(), Police, D(2013, 2, 21), HaLau, 2, TraffickingForm.Marriage, Abroad: true));
        await TwiceAsync(@case.RecordInvestigationAsync, new RecordInvestigation(Key(), Police, D(2013, 3, 1), 2, 3, SpecialProject: true));
        await TwiceAsync(@case.ProsecuteAsync, new ProsecuteCase(Key(), Procuracy, D(2013, 5, 1), 2));
        await TwiceAsync(@case.RecordTrialAsync, new RecordTrial(Key(), Court, D(2013, 7, 1), Verdict.Convicted, 2));
        await TwiceAsync(@case.RecordJudgmentInForceAsync, new RecordJudgmentInForce(Key(), Court, D(2013, 7, 16)));

        var area = fixture.Grains.GetGrain<IKeyAreaGrain>($"22:I-{Key()}");
        await TwiceAsync(area.DesignateAsync, new DesignateKeyArea(Key(), BorderGuard, D(2013, 1, 5), HaLau, KeyAreaKind.Area, "Địa bàn Hà Lâu"));
        await TwiceAsync(area.RecordMeasureAsync, new RecordKeyAreaMeasure(Key(), BorderGuard, D(2013, 4, 1), "tuần tra"));

        var card = await fixture.Grains.GetGrain<ICommuneGrain>(HaLau).GetScorecardAsync("2013");
        Assert.Equal(
            [("IND-07", 1L, 1L), ("IND-08", 1, 1), ("IND-09", 1, 1), ("IND-10", 1, 1), ("IND-11", 1, 1)],
            card.Indicators.Where(i => i.Project == 2).Select(i => (i.Code, i.Numerator, i.Denominator)));
        var outputs = card.Outputs.Where(o => o.Key is null).ToDictionary(o => o.Code, o => o.Value);
        Assert.Equal((1L, 2L, 2L, 3L, 1L, 2L), (outputs["OUT-06"], outputs["OUT-07"], outputs["OUT-08"], outputs["OUT-09"], outputs["OUT-22"], outputs["OUT-23"]));
        Assert.Equal((5L, 5), ((await @case.GetAsync())!.Version, (await @case.GetAsync())!.History.Length));
    }

    [Fact]
    public async Task AReceiptRetriedAfterTheTipWasClassifiedIsADuplicateNotARefusal()
    {
        var tip = fixture.Grains.GetGrain<ITipGrain>($"22:I-{Key()}");
        var receive = new ReceiveTip(Key(), Police, D(2014, 2, 1), DaiDuc, TipSource.Denunciation);
        var first = await tip.ReceiveAsync(receive);
        await tip.ClassifyAsync(new(Key(), Police, D(2014, 2, 2), TipClassification.NoSigns));

        var retry = await tip.ReceiveAsync(receive);

        Assert.Equal((CommandOutcome.Duplicate, first.Version), (retry.Outcome, retry.Version));
        Assert.Equal(2, (await tip.GetAsync())!.Version);
    }

    [Fact]
    public async Task ACaseReadAfterDeactivationIsTheSameCase()
    {
        var @case = fixture.Grains.GetGrain<ICaseGrain>($"22:I-{Key()}");
        await Lifecycles.AcceptAsync(@case.OpenAsync(new(Key(), BorderGuard, D(2014, 3, 1), DaiDuc, 1, TraffickingForm.Labour, Abroad: false)));
        await Lifecycles.AcceptAsync(@case.ProsecuteAsync(new(Key(), Procuracy, D(2014, 6, 1), 1)));
        await Lifecycles.AcceptAsync(@case.RecordTrialAsync(new(Key(), Court, D(2014, 8, 1), Verdict.Convicted, 1, Mobile: true)));
        await Lifecycles.AcceptAsync(@case.RecordAppealJudgmentAsync(new(Key(), Court, D(2014, 10, 1), AppealOutcome.SetAside)));
        var before = (await @case.GetAsync())!;

        await fixture.Cluster.DeactivateAsync(@case);

        var after = (await @case.GetAsync())!;
        Assert.Equal((CaseStatus.AwaitingTrial, 4L, DaiDuc), (after.Status, after.Version, after.UnitCode));
        Assert.Equal(before.History.ToArray(), after.History.ToArray());
        Assert.Equal(before.Trials.ToArray(), after.Trials.ToArray());
        var retry = await @case.RecordTrialAsync(new(Key(), Court, D(2014, 7, 1), Verdict.Convicted, 1));
        Lifecycles.AssertRefused(retry, "dateOutOfOrder", "triedOn");
    }

    private static async Task TwiceAsync<T>(Func<T, Task<CommandResult>> send, T command)
    {
        var first = await send(command);
        var second = await send(command);

        Assert.True(first.Outcome == CommandOutcome.Accepted, $"refused: {first.Error}");
        Assert.Equal((CommandOutcome.Duplicate, first.Version), (second.Outcome, second.Version));
    }
}
