using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Units;
using static AntiTrafficking.Grains.Tests.Commands;
using static AntiTrafficking.Grains.Tests.Enforcement.EnforcementScenario;

namespace AntiTrafficking.Grains.Tests.Enforcement;

/// <summary>What the scenario's tips, cases and campaigns store, and that sending every command again changes no count.</summary>
[Collection(EnforcementScenarioCollection.Name)]
public sealed class EnforcementRecordsTests(EnforcementScenarioFixture fixture)
{
    private EnforcementScenario Scenario => fixture.Scenario;

    [Fact]
    public async Task ATipKeepsItsSourceClassificationConclusionAndDatedHistory()
    {
        var tip = (await Scenario.Tip("T2").GetAsync())!;

        Assert.Equal(("S-T2", HaiSon, D(2012, 11, 25)), (tip.TipId, tip.UnitCode, tip.ReceivedOn));
        Assert.Equal((TipSource.ForeignPolice, "Công an Quảng Tây", "BDBP"), (tip.Source, tip.SourceName, tip.ReceivingAgency));
        Assert.Equal((TipClassification.SignsOfCrime, VerificationConclusion.Dismissed), (tip.Classification, tip.Conclusion));
        Assert.Equal(
            [("received", D(2012, 11, 25), "foreignPolice"), ("classified", D(2013, 1, 8), "signsOfCrime"), ("verificationConcluded", D(2013, 3, 15), "dismissed")],
            tip.History.Select(h => (h.Step, h.Date, h.Detail)));
        Assert.Equal(3, tip.Version);
    }

    [Fact]
    public async Task ACaseSetAsideOnAppealRetriedAndOverturnedAsWrongfulKeepsEveryStepWithItsAgency()
    {
        var c3 = (await Scenario.Case("C3").GetAsync())!;

        Assert.Equal(CaseStatus.Closed, c3.Status);
        Assert.Equal([D(2013, 11, 15), D(2014, 5, 20)], c3.Trials.Select(t => t.TriedOn));
        Assert.Equal(new CaseJudgment(D(2014, 6, 5), OnAppeal: false, D(2015, 4, 1), Wrongful: true), Assert.Single(c3.Judgments));
        Assert.Equal(
            [
                ("opened", "CA", "sexualExploitation"), ("prosecuted", "VKS", null), ("tried", "TA", "convicted"), ("appealJudgment", "TA", "setAside"),
                ("tried", "TA", "convicted"), ("judgmentInForce", "TA", null), ("overturned", "TA", "wrongful"),
            ],
            c3.History.Select(h => (h.Step, h.AgencyCode, h.Detail)));
    }

    [Fact]
    public async Task ACaseOverturnedWithARetrialIsInForceAgainWithTwoJudgments()
    {
        var c4 = (await Scenario.Case("C4").GetAsync())!;

        Assert.Equal((CaseStatus.InForce, BinhLieu, D(2013, 12, 20), 2), (c4.Status, c4.UnitCode, c4.SentToCourtOn, c4.SuspectsProsecuted));
        Assert.Equal(
            [new CaseJudgment(D(2014, 3, 25), false, D(2014, 10, 1), false), new CaseJudgment(D(2015, 3, 1), false)],
            c4.Judgments.ToArray());
    }

    [Fact]
    public async Task ACaseAwaitingTrialKeepsItsInvestigationResults()
    {
        var c5 = (await Scenario.Case("C5").GetAsync())!;

        Assert.Equal((CaseStatus.AwaitingTrial, Province, "S-T7", TraffickingForm.Labour, true), (c5.Status, c5.UnitCode, c5.TipId, c5.Form, c5.Abroad));
        Assert.Equal(new CaseInvestigation(D(2015, 7, 20), 4, 5, SpecialProject: true), Assert.Single(c5.Investigations));
        Assert.Empty(c5.Trials);
    }

    [Fact]
    public async Task AKeyAreaListsTheDatesOfItsMeasures()
    {
        var ka1 = (await Scenario.KeyArea("KA1").GetAsync())!;

        Assert.Equal((KeyAreaKind.Route, HaiSon, D(2011, 10, 15)), (ka1.Kind, ka1.UnitCode, ka1.DesignatedOn));
        Assert.Equal([D(2011, 11, 20), D(2012, 3, 10), D(2012, 9, 5), D(2014, 6, 30)], ka1.MeasuresAppliedOn.ToArray());
    }

    [Fact]
    public async Task TheProvinceListsItsPeakCampaignsWithTheirResults()
    {
        var campaign = Assert.Single(await fixture.Grains.GetGrain<ICampaignDirectoryGrain>(Province).GetCampaignsAsync());

        Assert.Equal(("S-K1", D(2013, 5, 1), D(2013, 7, 31)), (campaign.CampaignId, campaign.StartsOn, campaign.EndsOn));
        Assert.Equal([MongCai, BinhLieu], campaign.DistrictCodes.ToArray());
        Assert.Equal((5, 3, 3L), (campaign.Arrests, campaign.CasesDetected, campaign.Version));
    }

    [Fact]
    public async Task SendingEveryCommandAgainReturnsDuplicatesAndChangesNoCount()
    {
        var before = await AllScorecardsAsync();

        foreach (var send in Scenario.Sent)
        {
            Assert.Equal(CommandOutcome.Duplicate, (await send()).Outcome);
        }

        var after = await AllScorecardsAsync();
        Assert.Equal(before, after);
        var campaign = Assert.Single(await fixture.Grains.GetGrain<ICampaignDirectoryGrain>(Province).GetCampaignsAsync());
        Assert.Equal(5, campaign.Arrests);
    }

    private async Task<List<string>> AllScorecardsAsync()
    {
        var cards = new List<string>();
        foreach (var period in new[] { "2011", "2012", "2013", "2014", "2015" })
        {
            var scorecards = new[]
            {
                await fixture.Grains.GetGrain<IProvinceGrain>(Province).GetScorecardAsync(period),
                await fixture.Grains.GetGrain<IDistrictGrain>(MongCai).GetScorecardAsync(period),
                await fixture.Grains.GetGrain<IDistrictGrain>(BinhLieu).GetScorecardAsync(period),
                await fixture.Grains.GetGrain<ICommuneGrain>(HaiSon).GetScorecardAsync(period),
                await fixture.Grains.GetGrain<ICommuneGrain>(HoanhMo).GetScorecardAsync(period),
            };
            cards.AddRange(scorecards.Select(card =>
                $"{card.UnitCode} {period} v{card.Version}: "
                + string.Join("; ", card.Indicators.Select(i => $"{i.Code} {i.Numerator}/{i.Denominator}"))
                + " | " + string.Join("; ", card.Outputs.Select(o => $"{o.Code}{o.Key} {o.Value}"))));
        }

        return cards;
    }
}
