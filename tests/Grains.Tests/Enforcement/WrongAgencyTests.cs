using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using static AntiTrafficking.Grains.Tests.Commands;
using static AntiTrafficking.Grains.Tests.Enforcement.Actors;

namespace AntiTrafficking.Grains.Tests.Enforcement;

/// <summary>
/// Each agency does only its part: classification, verification, opening and investigation by Police or Border
/// Guard; prosecution by the Procuracy; trial and judgments by the Court; joint statistics by those three.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class WrongAgencyTests(ClusterFixture fixture)
{
    private readonly Lifecycles _lifecycles = new(fixture.Grains);

    [Theory]
    [InlineData("classify", "VKS")]
    [InlineData("classify", null)]
    [InlineData("conclude", "TA")]
    [InlineData("open", "LDTBXH")]
    [InlineData("investigate", "VKS")]
    [InlineData("prosecute", "CA")]
    [InlineData("prosecute", "TA")]
    [InlineData("try", "VKS")]
    [InlineData("inForce", "CA")]
    [InlineData("appeal", "VKS")]
    [InlineData("overturn", "BDBP")]
    [InlineData("designate", "TA")]
    [InlineData("measure", "HLHPN")]
    [InlineData("plan", "VKS")]
    [InlineData("result", "TA")]
    [InlineData("submit", "BDBP")]
    [InlineData("submit", "LDTBXH")]
    public async Task AStepTakenByAnAgencyNotInChargeOfItIsRefusedAndChangesNothing(string step, string? agency)
    {
        // No agency: a district officer, whose role takes no step beyond receiving a tip.
        var actor = agency is null ? DistrictOfficer("199") : new ActingParty($"{agency}-user", agency);
        var field = agency is null ? "actor.role" : "actor.agencyCode";
        switch (step)
        {
            case "classify":
            case "conclude":
                var tip = await _lifecycles.TipAsync(step == "conclude" ? TipClassification.SignsOfCrime : null);
                await AssertNotPermittedAsync(field, tip.GetAsync, () => step == "classify"
                    ? tip.ClassifyAsync(new(Key(), actor, D(2013, 3, 5), TipClassification.NoSigns))
                    : tip.ConcludeVerificationAsync(new(Key(), actor, D(2013, 4, 1), VerificationConclusion.Dismissed)));
                break;
            case "open":
                var fresh = _lifecycles.NewCase();
                await AssertNotPermittedAsync(field, fresh.GetAsync, () => fresh.OpenAsync(new(Key(), actor, D(2013, 1, 10), Lifecycles.Commune, 1, TraffickingForm.Labour, false)));
                break;
            case "designate":
            case "measure":
                var area = fixture.Grains.GetGrain<IKeyAreaGrain>($"22:R-{Key()}");
                if (step == "measure")
                {
                    await Lifecycles.AcceptAsync(area.DesignateAsync(new(Key(), BorderGuard, D(2013, 1, 1), Lifecycles.Commune, KeyAreaKind.Area, "Địa bàn thử")));
                }

                await AssertNotPermittedAsync(field, area.GetAsync, () => step == "designate"
                    ? area.DesignateAsync(new(Key(), actor, D(2013, 1, 1), Lifecycles.Commune, KeyAreaKind.Area, "Địa bàn thử"))
                    : area.RecordMeasureAsync(new(Key(), actor, D(2013, 2, 1), "tuần tra")));
                break;
            case "plan":
            case "result":
                var campaign = fixture.Grains.GetGrain<ICampaignGrain>($"22:R-{Key()}");
                if (step == "result")
                {
                    await Lifecycles.AcceptAsync(campaign.PlanAsync(new(Key(), Police, "Cao điểm thử", D(2013, 1, 1), D(2013, 2, 1), ["199"])));
                }

                await AssertNotPermittedAsync(field, campaign.GetAsync, () => step == "plan"
                    ? campaign.PlanAsync(new(Key(), actor, "Cao điểm thử", D(2013, 1, 1), D(2013, 2, 1), ["199"]))
                    : campaign.RecordResultAsync(new(Key(), actor, new CampaignResult("199", D(2013, 1, 15), 1, 1))));
                break;
            case "submit":
                var statistics = fixture.Grains.GetGrain<IThreeSectorStatisticsGrain>("22:2011-Q1");
                await AssertNotPermittedAsync<ThreeSectorView>(
                    field,
                    async () => await statistics.GetComparisonAsync(), () => statistics.SubmitAsync(new(Key(), actor, new SectorCounts(CasesOpened: 1))));
                Assert.Empty((await statistics.GetComparisonAsync()).Discrepancies);
                break;
            default:
                var @case = await _lifecycles.CaseAsync(step switch
                {
                    "investigate" or "prosecute" => CaseStatus.Investigating,
                    "try" => CaseStatus.AwaitingTrial,
                    "inForce" or "appeal" => CaseStatus.Tried,
                    _ => CaseStatus.InForce,
                });
                await AssertNotPermittedAsync(field, @case.GetAsync, () => CaseStep(@case, step, actor));
                break;
        }
    }

    private static Task<CommandResult> CaseStep(ICaseGrain @case, string step, ActingParty actor) => step switch
    {
        "investigate" => @case.RecordInvestigationAsync(new(Key(), actor, D(2013, 2, 1), 1, 1, false)),
        "prosecute" => @case.ProsecuteAsync(new(Key(), actor, D(2013, 3, 1), 1)),
        "try" => @case.RecordTrialAsync(new(Key(), actor, D(2013, 5, 1), Verdict.Convicted, 1)),
        "inForce" => @case.RecordJudgmentInForceAsync(new(Key(), actor, D(2013, 5, 20))),
        "appeal" => @case.RecordAppealJudgmentAsync(new(Key(), actor, D(2013, 6, 1), AppealOutcome.SetAside)),
        _ => @case.OverturnJudgmentAsync(new(Key(), actor, D(2013, 9, 1), Wrongful: true, RetrialOrdered: true)),
    };

    private Task AssertNotPermittedAsync<TView>(string field, Func<Task<TView?>> read, Func<Task<CommandResult>> command)
        where TView : class =>
        _lifecycles.AssertRefusedAndUnchangedAsync(read, command, "notPermitted", field);
}
