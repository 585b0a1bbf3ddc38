using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Units;
using static AntiTrafficking.Grains.Tests.Commands;
using static AntiTrafficking.Grains.Tests.Enforcement.Actors;

namespace AntiTrafficking.Grains.Tests.Enforcement;

/// <summary>
/// Brings fresh tips and cases of Tiên Yên townlet (06862) to a given step, and checks that a refused command
/// changed neither the record nor the commune's figures.
/// </summary>
internal sealed class Lifecycles(IGrainFactory grains)
{
    public const string Commune = "06862";

    public ITipGrain NewTip() => grains.GetGrain<ITipGrain>($"22:R-{Key()}");

    public ICaseGrain NewCase() => grains.GetGrain<ICaseGrain>($"22:R-{Key()}");

    /// <summary>A tip received on 2013-03-01 and, when asked, classified on 2013-03-05.</summary>
    public async Task<ITipGrain> TipAsync(TipClassification? classification = null)
    {
        var tip = NewTip();
        await AcceptAsync(tip.ReceiveAsync(new(Key(), Police, D(2013, 3, 1), Commune, TipSource.Citizen)));
        if (classification is { } c)
        {
            await AcceptAsync(tip.ClassifyAsync(new(Key(), Police, D(2013, 3, 5), c)));
        }

        return tip;
    }

    /// <summary>
    /// A case with 2 suspects, opened 2013-01-10; then sent to court 2013-03-01, tried 2013-05-01 (2 convicted), in force
    /// 2013-05-20 and overturned without retrial 2013-09-01, as far as <paramref name="status"/> requires.
    /// </summary>
    public async Task<ICaseGrain> CaseAsync(CaseStatus status)
    {
        var @case = NewCase();
        await AcceptAsync(@case.OpenAsync(new(Key(), Police, D(2013, 1, 10), Commune, 2, TraffickingForm.Marriage, Abroad: true)));
        if (status >= CaseStatus.AwaitingTrial)
        {
            await AcceptAsync(@case.ProsecuteAsync(new(Key(), Procuracy, D(2013, 3, 1), 2)));
        }

        if (status >= CaseStatus.Tried)
        {
            await AcceptAsync(@case.RecordTrialAsync(new(Key(), Court, D(2013, 5, 1), Verdict.Convicted, 2)));
        }

        if (status >= CaseStatus.InForce)
        {
            await AcceptAsync(@case.RecordJudgmentInForceAsync(new(Key(), Court, D(2013, 5, 20))));
        }

        if (status == CaseStatus.Closed)
        {
            await AcceptAsync(@case.OverturnJudgmentAsync(new(Key(), Court, D(2013, 9, 1), Wrongful: false, RetrialOrdered: false)));
        }

        return @case;
    }

    /// <summary>Sends <paramref name="command"/>, expects the refusal, and checks the record and the commune are as before.</summary>
    public async Task AssertRefusedAndUnchangedAsync<TView>(Func<Task<TView?>> read, Func<Task<CommandResult>> command, string code, string field)
        where TView : class
    {
        var before = Describe(await read());
        var card = await grains.GetGrain<ICommuneGrain>(Commune).GetScorecardAsync("2013");

        AssertRefused(await command(), code, field);

        Assert.Equal(before, Describe(await read()));
        var after = await grains.GetGrain<ICommuneGrain>(Commune).GetScorecardAsync("2013");
        Assert.Equal(card.Version, after.Version);
        Assert.Equal(card.Indicators.ToArray(), after.Indicators.ToArray());
    }

    public static void AssertRefused(CommandResult result, string code, string field)
    {
        Assert.Equal(CommandOutcome.Rejected, result.Outcome);
        Assert.Equal((code, field), (result.Error!.Code, result.Error.Field));
        Assert.False(string.IsNullOrWhiteSpace(result.Error.MessageVi));
        Assert.False(string.IsNullOrWhiteSpace(result.Error.MessageEn));
    }

    public static async Task AcceptAsync(Task<CommandResult> command)
    {
        var result = await command;
        Assert.True(result.Outcome == CommandOutcome.Accepted, $"refused: {result.Error}");
    }

    // Views hold immutable arrays, which compare by reference: compare what they say instead.
    private static string Describe<TView>(TView? view)
        where TView : class => view switch
        {
            null => "none",
            TipView t => $"{t.Version} {t.Classification} {t.Conclusion} {string.Join(",", t.History)}",
            CaseView c => $"{c.Version} {c.Status} {c.Trials.Length} {c.Judgments.Length} {string.Join(",", c.History)}",
            KeyAreaView k => $"{k.Version} {string.Join(",", k.MeasuresAppliedOn)} {string.Join(",", k.History)}",
            CampaignView p => $"{p.Version} {string.Join(",", p.Results)}",
            _ => view.ToString()!,
        };
}
