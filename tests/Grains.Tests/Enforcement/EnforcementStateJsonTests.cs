using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.Grains.Enforcement;
using AntiTrafficking.Persistence;
using static AntiTrafficking.Grains.Tests.Commands;

namespace AntiTrafficking.Grains.Tests.Enforcement;

/// <summary>Project 2's grain state round-trips through the JSON storage serializer used with PostgreSQL.</summary>
public sealed class EnforcementStateJsonTests
{
    private readonly JsonGrainStorageSerializer _serializer = new();

    [Fact]
    public void ACaseWithTrialsJudgmentsAndHistoryRoundTrips()
    {
        var state = new CaseState
        {
            UnitCode = "06724",
            Status = CaseStatus.AwaitingTrial,
            OpenedOn = D(2013, 2, 1),
            TipId = "T-1",
            Suspects = 2,
            Form = TraffickingForm.SexualExploitation,
            Abroad = true,
            Investigations = [new CaseInvestigation(D(2013, 3, 1), 2, 1, true)],
            SentToCourtOn = D(2013, 8, 1),
            SuspectsProsecuted = 2,
            DueAgainOn = [D(2014, 2, 10)],
            Trials = [new CaseTrial(D(2013, 11, 15), Verdict.Convicted, 2, Mobile: true)],
            Judgments = [new CaseJudgment(D(2013, 12, 1), false, D(2014, 2, 10), Wrongful: true)],
            History = [new LifecycleStep("opened", D(2013, 2, 1), "CA", "u1", "sexualExploitation")],
            Version = 6,
            Applied = new() { ["k1"] = 1 },
        };

        var copy = RoundTrip(state);

        Assert.Equal(Json(state), Json(copy));
        Assert.Equal((CaseStatus.AwaitingTrial, true, 6L), (copy.Status, copy.Judgments[0].Wrongful, copy.Version));
    }

    [Fact]
    public void TipKeyAreaCampaignAndStatisticsStatesRoundTrip()
    {
        var tip = new TipState { UnitCode = "198", ReceivedOn = D(2014, 6, 1), Source = TipSource.ForeignPolice, SourceName = "Công an Quảng Tây", Classification = TipClassification.Transferred, ClassifiedOn = D(2014, 6, 2) };
        var area = new KeyAreaState { UnitCode = "06841", Kind = KeyAreaKind.Route, Name = "Tuyến Hoành Mô", DesignatedOn = D(2014, 3, 1), MeasuresAppliedOn = [D(2014, 4, 15)] };
        var campaign = new CampaignState { Name = "Cao điểm", StartsOn = D(2013, 5, 1), EndsOn = D(2013, 7, 31), DistrictCodes = ["194"], Results = [new CampaignResult("194", D(2013, 6, 10), 4, 2)] };
        var statistics = new ThreeSectorState { Submissions = new() { ["VKS"] = new SectorCounts(CasesProsecuted: 3) } };
        var directory = new CampaignDirectoryState { Campaigns = new() { ["K1"] = new CampaignView("K1", "Cao điểm", D(2013, 5, 1), D(2013, 7, 31), ["194"], [new CampaignResult("194", D(2013, 6, 10), 4, 2)], 2) } };

        Assert.Equal(Json(tip), Json(RoundTrip(tip)));
        Assert.Equal(Json(area), Json(RoundTrip(area)));
        Assert.Equal(Json(campaign), Json(RoundTrip(campaign)));
        Assert.Equal(Json(statistics), Json(RoundTrip(statistics)));
        Assert.Equal(4, RoundTrip(directory).Campaigns["K1"].Arrests);
        Assert.Equal("Công an Quảng Tây", RoundTrip(tip).SourceName);
    }

    private T RoundTrip<T>(T state) => _serializer.Deserialize<T>(_serializer.Serialize(state));

    private string Json<T>(T state) => _serializer.Serialize(state).ToString();
}
