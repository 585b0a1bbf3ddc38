using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Units;
using static AntiTrafficking.Grains.Tests.Commands;
using static AntiTrafficking.Grains.Tests.Enforcement.Actors;

namespace AntiTrafficking.Grains.Tests.Enforcement;

/// <summary>
/// Project 2 across 2011–2015 in Móng Cái (194: communes Hải Sơn 06724, Bắc Sơn 06727) and Bình Liêu (198: commune
/// Hoành Mô 06841, and leaves known only to the district), plus leaves known only to the province. Every command is
/// kept so that tests can send it again.
///
/// Key areas: KA1 route, Hải Sơn, designated 2011-10-15, measures 2011-11-20, 2012-03-10, 2012-09-05, 2014-06-30.
/// KA2 area, Bắc Sơn, designated 2012-08-01, measures 2012-08-20, 2013-02-14. KA3 route, Bình Liêu district,
/// designated 2013-05-10, measures 2013-12-01, 2015-01-20. KA4 area, Hoành Mô, designated 2014-03-01, measure 2014-04-15.
///
/// Tips: T1 Hải Sơn rec. 2012-02-10, signs 02-20, case opened 05-02. T2 Hải Sơn rec. 2012-11-25 (Guangxi police, by
/// BDBP), signs 2013-01-08, dismissed 2013-03-15. T3 Bắc Sơn rec. 2013-04-02 (Women's Union), no signs 04-10.
/// T4 Bắc Sơn rec. 2013-09-09, never classified. T5 Bình Liêu rec. 2014-06-01, signs 06-05, not concluded.
/// T6 Hoành Mô rec. 2014-12-30, transferred 2015-01-05. T7 province rec. 2015-03-03, signs 03-10, case opened 07-01.
///
/// Cases: C1 Hải Sơn opened 2012-05-10, investigation 06-01 (3 arrested, 2 rescued, special project), sent to court
/// 2012-10-15 (3 suspects), tried 2012-12-20 (3 convicted), in force 2013-01-05.
/// C2 Bắc Sơn opened 2012-09-01, investigation 09-20 (2 arrested, 4 rescued), sent 2012-12-10 (2), tried 2013-03-12
/// (2 convicted, mobile), appeal upheld 2013-06-20 (in force then): carried over from 2012 into 2013.
/// C3 Hoành Mô opened 2013-02-01, sent 2013-08-01 (1), tried 2013-11-15 (1), set aside on appeal 2014-02-10 (due
/// again), retried 2014-05-20 (1), in force 2014-06-05, overturned as WRONGFUL on cassation 2015-04-01, no retrial.
/// C4 Bình Liêu opened 2013-06-01, sent 2013-12-20 (2), tried 2014-03-05 (2), in force 2014-03-25, overturned (not
/// wrongful) with a retrial 2014-10-01, retried 2015-02-10 (1), in force 2015-03-01.
/// C5 province opened 2015-07-05, investigation 07-20 (4 arrested, 5 rescued, special project), sent 2015-11-20 (4),
/// not yet tried. C6 Hải Sơn opened 2014-01-10, sent 2014-04-01 (1), tried 2014-07-01 (acquitted), in force 2014-07-16.
///
/// Campaign K1 2013-05-01 to 2013-07-31 in 194 and 198: 194 on 2013-06-10 (4 arrests, 2 cases), 198 on 2013-07-05 (1, 1).
/// </summary>
internal sealed class EnforcementScenario(IGrainFactory grains)
{
    public const string Province = "22";
    public const string MongCai = "194";
    public const string HaiSon = "06724";
    public const string BacSon = "06727";
    public const string BinhLieu = "198";
    public const string HoanhMo = "06841";

    private readonly ScenarioCommands _commands = new(grains, Province);

    /// <summary>Every command of the scenario, to send again.</summary>
    public IReadOnlyList<Func<Task<CommandResult>>> Sent => _commands.Sent;

    public ITipGrain Tip(string id) => grains.GetGrain<ITipGrain>($"{Province}:S-{id}");

    public ICaseGrain Case(string id) => grains.GetGrain<ICaseGrain>($"{Province}:S-{id}");

    public IKeyAreaGrain KeyArea(string id) => grains.GetGrain<IKeyAreaGrain>($"{Province}:S-{id}");

    public ICampaignGrain Campaign(string id) => grains.GetGrain<ICampaignGrain>($"{Province}:S-{id}");

    public async Task SeedAsync()
    {
        await KeyAreasAsync();
        await TipsAsync();
        await CasesAsync();
        await CampaignAsync();
        await WaitForProvinceAsync();
    }

    private async Task KeyAreasAsync()
    {
        await AreaAsync("KA1", HaiSon, KeyAreaKind.Route, D(2011, 10, 15), D(2011, 11, 20), D(2012, 3, 10), D(2012, 9, 5), D(2014, 6, 30));
        await AreaAsync("KA2", BacSon, KeyAreaKind.Area, D(2012, 8, 1), D(2012, 8, 20), D(2013, 2, 14));
        await AreaAsync("KA3", BinhLieu, KeyAreaKind.Route, D(2013, 5, 10), D(2013, 12, 1), D(2015, 1, 20));
        await AreaAsync("KA4", HoanhMo, KeyAreaKind.Area, D(2014, 3, 1), D(2014, 4, 15));
    }

    private async Task AreaAsync(string id, string unit, KeyAreaKind kind, DateOnly designated, params DateOnly[] measures)
    {
        var area = KeyArea(id);
        await SendAsync(area.DesignateAsync, new DesignateKeyArea(Key(), BorderGuard, designated, unit, kind, $"Địa bàn {id}"));
        foreach (var applied in measures)
        {
            await SendAsync(area.RecordMeasureAsync, new RecordKeyAreaMeasure(Key(), Police, applied, "tuần tra, kiểm soát"));
        }
    }

    private async Task TipsAsync()
    {
        await SendAsync(Tip("T1").ReceiveAsync, new ReceiveTip(Key(), Police, D(2012, 2, 10), HaiSon, TipSource.Citizen));
        await SendAsync(Tip("T1").ClassifyAsync, new ClassifyTip(Key(), Police, D(2012, 2, 20), TipClassification.SignsOfCrime));
        await SendAsync(Tip("T1").ConcludeVerificationAsync, new ConcludeVerification(Key(), Police, D(2012, 5, 2), VerificationConclusion.CaseOpened, "S-C1"));

        await SendAsync(Tip("T2").ReceiveAsync, new ReceiveTip(Key(), BorderGuard, D(2012, 11, 25), HaiSon, TipSource.ForeignPolice, "Công an Quảng Tây"));
        await SendAsync(Tip("T2").ClassifyAsync, new ClassifyTip(Key(), BorderGuard, D(2013, 1, 8), TipClassification.SignsOfCrime));
        await SendAsync(Tip("T2").ConcludeVerificationAsync, new ConcludeVerification(Key(), BorderGuard, D(2013, 3, 15), VerificationConclusion.Dismissed));

        await SendAsync(Tip("T3").ReceiveAsync, new ReceiveTip(Key(), WomensUnion, D(2013, 4, 2), BacSon, TipSource.Denunciation));
        await SendAsync(Tip("T3").ClassifyAsync, new ClassifyTip(Key(), Police, D(2013, 4, 10), TipClassification.NoSigns));

        await SendAsync(Tip("T4").ReceiveAsync, new ReceiveTip(Key(), Police, D(2013, 9, 9), BacSon, TipSource.Citizen));

        await SendAsync(Tip("T5").ReceiveAsync, new ReceiveTip(Key(), BorderGuard, D(2014, 6, 1), BinhLieu, TipSource.AgencyReferral));
        await SendAsync(Tip("T5").ClassifyAsync, new ClassifyTip(Key(), BorderGuard, D(2014, 6, 5), TipClassification.SignsOfCrime));

        await SendAsync(Tip("T6").ReceiveAsync, new ReceiveTip(Key(), Police, D(2014, 12, 30), HoanhMo, TipSource.Denunciation));
        await SendAsync(Tip("T6").ClassifyAsync, new ClassifyTip(Key(), Police, D(2015, 1, 5), TipClassification.Transferred));

        await SendAsync(Tip("T7").ReceiveAsync, new ReceiveTip(Key(), Police, D(2015, 3, 3), Province, TipSource.ForeignPolice, "Công an Quảng Tây"));
        await SendAsync(Tip("T7").ClassifyAsync, new ClassifyTip(Key(), Police, D(2015, 3, 10), TipClassification.SignsOfCrime));
        await SendAsync(Tip("T7").ConcludeVerificationAsync, new ConcludeVerification(Key(), Police, D(2015, 7, 1), VerificationConclusion.CaseOpened, "S-C5"));
    }

    private async Task CasesAsync()
    {
        var c1 = Case("C1");
        await SendAsync(c1.OpenAsync, new OpenCase(Key(), Police, D(2012, 5, 10), HaiSon, 3, TraffickingForm.Marriage, Abroad: true, TipId: "S-T1"));
        await SendAsync(c1.RecordInvestigationAsync, new RecordInvestigation(Key(), Police, D(2012, 6, 1), 3, 2, SpecialProject: true));
        await SendAsync(c1.ProsecuteAsync, new ProsecuteCase(Key(), Procuracy, D(2012, 10, 15), 3));
        await SendAsync(c1.RecordTrialAsync, new RecordTrial(Key(), Court, D(2012, 12, 20), Verdict.Convicted, 3));
        await SendAsync(c1.RecordJudgmentInForceAsync, new RecordJudgmentInForce(Key(), Court, D(2013, 1, 5)));

        var c2 = Case("C2");
        await SendAsync(c2.OpenAsync, new OpenCase(Key(), BorderGuard, D(2012, 9, 1), BacSon, 2, TraffickingForm.Labour, Abroad: true));
        await SendAsync(c2.RecordInvestigationAsync, new RecordInvestigation(Key(), BorderGuard, D(2012, 9, 20), 2, 4, SpecialProject: false));
        await SendAsync(c2.ProsecuteAsync, new ProsecuteCase(Key(), Procuracy, D(2012, 12, 10), 2));
        await SendAsync(c2.RecordTrialAsync, new RecordTrial(Key(), Court, D(2013, 3, 12), Verdict.Convicted, 2, Mobile: true));
        await SendAsync(c2.RecordAppealJudgmentAsync, new RecordAppealJudgment(Key(), Court, D(2013, 6, 20), AppealOutcome.Upheld));

        var c3 = Case("C3");
        await SendAsync(c3.OpenAsync, new OpenCase(Key(), Police, D(2013, 2, 1), HoanhMo, 1, TraffickingForm.SexualExploitation, Abroad: false));
        await SendAsync(c3.ProsecuteAsync, new ProsecuteCase(Key(), Procuracy, D(2013, 8, 1), 1));
        await SendAsync(c3.RecordTrialAsync, new RecordTrial(Key(), Court, D(2013, 11, 15), Verdict.Convicted, 1));
        await SendAsync(c3.RecordAppealJudgmentAsync, new RecordAppealJudgment(Key(), Court, D(2014, 2, 10), AppealOutcome.SetAside));
        await SendAsync(c3.RecordTrialAsync, new RecordTrial(Key(), Court, D(2014, 5, 20), Verdict.Convicted, 1));
        await SendAsync(c3.RecordJudgmentInForceAsync, new RecordJudgmentInForce(Key(), Court, D(2014, 6, 5)));
        await SendAsync(c3.OverturnJudgmentAsync, new OverturnJudgment(Key(), Court, D(2015, 4, 1), Wrongful: true, RetrialOrdered: false));

        var c4 = Case("C4");
        await SendAsync(c4.OpenAsync, new OpenCase(Key(), BorderGuard, D(2013, 6, 1), BinhLieu, 2, TraffickingForm.Marriage, Abroad: true));
        await SendAsync(c4.ProsecuteAsync, new ProsecuteCase(Key(), Procuracy, D(2013, 12, 20), 2));
        await SendAsync(c4.RecordTrialAsync, new RecordTrial(Key(), Court, D(2014, 3, 5), Verdict.Convicted, 2));
        await SendAsync(c4.RecordJudgmentInForceAsync, new RecordJudgmentInForce(Key(), Court, D(2014, 3, 25)));
        await SendAsync(c4.OverturnJudgmentAsync, new OverturnJudgment(Key(), Court, D(2014, 10, 1), Wrongful: false, RetrialOrdered: true));
        await SendAsync(c4.RecordTrialAsync, new RecordTrial(Key(), Court, D(2015, 2, 10), Verdict.Convicted, 1));
        await SendAsync(c4.RecordJudgmentInForceAsync, new RecordJudgmentInForce(Key(), Court, D(2015, 3, 1)));

        var c5 = Case("C5");
        await SendAsync(c5.OpenAsync, new OpenCase(Key(), Police, D(2015, 7, 5), Province, 4, TraffickingForm.Labour, Abroad: true, TipId: "S-T7"));
        await SendAsync(c5.RecordInvestigationAsync, new RecordInvestigation(Key(), Police, D(2015, 7, 20), 4, 5, SpecialProject: true));
        await SendAsync(c5.ProsecuteAsync, new ProsecuteCase(Key(), Procuracy, D(2015, 11, 20), 4));

        var c6 = Case("C6");
        await SendAsync(c6.OpenAsync, new OpenCase(Key(), Police, D(2014, 1, 10), HaiSon, 1, TraffickingForm.Other, Abroad: false));
        await SendAsync(c6.ProsecuteAsync, new ProsecuteCase(Key(), Procuracy, D(2014, 4, 1), 1));
        await SendAsync(c6.RecordTrialAsync, new RecordTrial(Key(), Court, D(2014, 7, 1), Verdict.Acquitted, 0));
        await SendAsync(c6.RecordJudgmentInForceAsync, new RecordJudgmentInForce(Key(), Court, D(2014, 7, 16)));
    }

    private async Task CampaignAsync()
    {
        var k1 = Campaign("K1");
        await SendAsync(k1.PlanAsync, new PlanCampaign(Key(), BorderGuard, "Cao điểm tuyến biên giới 2013", D(2013, 5, 1), D(2013, 7, 31), [MongCai, BinhLieu]));
        await SendAsync(k1.RecordResultAsync, new RecordCampaignResult(Key(), Police, new CampaignResult(MongCai, D(2013, 6, 10), 4, 2)));
        await SendAsync(k1.RecordResultAsync, new RecordCampaignResult(Key(), BorderGuard, new CampaignResult(BinhLieu, D(2013, 7, 5), 1, 1)));
    }

    private async Task WaitForProvinceAsync() =>
        await _commands.WaitForProvinceAsync((await Tip("T7").GetAsync())!.Version + (await Case("C5").GetAsync())!.Version + (await Campaign("K1").GetAsync())!.Version, MongCai, BinhLieu);

    private Task SendAsync<T>(Func<T, Task<CommandResult>> send, T command) => _commands.SendAsync(send, command);
}
