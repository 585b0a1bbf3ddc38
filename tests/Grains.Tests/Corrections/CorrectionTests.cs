using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Grains.Audit;
using AntiTrafficking.Grains.Tests.Enforcement;
using AntiTrafficking.Grains.Tests.Victims;
using PersonAgencies = AntiTrafficking.Grains.Tests.Victims.Agencies;
using AntiTrafficking.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static AntiTrafficking.Grains.Tests.Commands;

namespace AntiTrafficking.Grains.Tests.Corrections;

/// <summary>
/// Corrections of recorded values (CorrectTip, CorrectCase, CorrectPerson): the figures of every period and unit they
/// touch move, the timeline and the audit trail show the value before and after (a birth year only as its age groups),
/// and every refusal changes nothing. Uses Cẩm Phả (195: communes 06766 Cẩm Sơn, 06775 Cẩm Tây, 06784 Cẩm Thủy,
/// 06796 Cẩm Bình), whose figures no other test computes, compared before and after.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class CorrectionTests(ClusterFixture fixture)
{
    private const string CamPha = "195";
    private const string CamSon = "06766";
    private const string CamTay = "06775";
    private const string CamThuy = "06784";
    private const string CamBinh = "06796";

    private MemoryAuditTrail Trail => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<MemoryAuditTrail>();

    [Fact]
    public async Task ATipsReceiptDateCorrectedFrom2013To2014MovesItsFiguresFrom2013To2014AtCommuneDistrictAndProvince()
    {
        var tip = NewTip();
        var before = await TipsReceivedAsync();
        Accepted(await tip.ReceiveAsync(new(Key(), Actors.Police, D(2013, 11, 3), CamSon, TipSource.Citizen)));
        Assert.Equal((before[0].Year2013 + 1, before[1].Year2013 + 1), ((await TipsReceivedAsync())[0].Year2013, (await TipsReceivedAsync())[1].Year2013));
        var key = Key();

        Accepted(await tip.CorrectAsync(new(key, Actors.BorderGuard, "Nhập nhầm năm tiếp nhận", ReceivedOn: D(2014, 1, 6))));

        // The province adds its districts' changes a moment later.
        var expected = before.Select(b => (b.Unit, b.Year2013, b.Year2014 + 1)).ToList();
        var after = await Eventually.ReturnsAsync(TipsReceivedAsync, a => a.SequenceEqual(expected), "the tip counted in 2014, not 2013");
        Assert.Equal(expected, after);
        var view = (await tip.GetAsync())!;
        Assert.Equal((D(2014, 1, 6), 2L), (view.ReceivedOn, view.Version));
        var step = view.History[^1];
        Assert.Equal(("corrected", D(2026, 11, 28), "BDBP", "bdbp-officer"), (step.Step, step.Date, step.AgencyCode, step.UserId));
        Assert.Equal(new CorrectedValue("receivedOn", "2013-11-03", "2014-01-06", "Nhập nhầm năm tiếp nhận"), step.Correction);
        var audit = Assert.Single(Trail.Records, r => r.Entry.IdempotencyKey == key).Entry;
        Assert.Equal(("CorrectTip", AuditActions.Accepted, ("receivedOn", "2013-11-03", "2014-01-06")), (audit.Action, audit.Outcome, (audit.ChangeField, audit.ChangeBefore, audit.ChangeAfter)));
        Assert.True((await Trail.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task ATipsPlaceCorrectedToAnotherCommuneLeavesTheFormerCommuneEmptyAndTheDistrictAsItWas()
    {
        var tip = NewTip();
        Accepted(await tip.ReceiveAsync(new(Key(), Actors.Police, D(2013, 6, 2), CamSon, TipSource.Denunciation)));
        Accepted(await tip.ClassifyAsync(new(Key(), Actors.Police, D(2013, 6, 9), TipClassification.SignsOfCrime)));
        var son = await Ind08Async(CamSon);
        var tay = await Ind08Async(CamTay);
        var district = await Ind08Async(CamPha);

        Accepted(await tip.CorrectAsync(new(Key(), Actors.Police, "Xảy ra ở Cẩm Tây", UnitCode: CamTay)));

        Assert.Equal((son.Numerator - 1, son.Denominator - 1), await Ind08Async(CamSon));
        Assert.Equal((tay.Numerator + 1, tay.Denominator + 1), await Ind08Async(CamTay));
        Assert.Equal(district, await Ind08Async(CamPha));
        Assert.Equal(CamTay, (await tip.GetAsync())!.UnitCode);
    }

    [Fact]
    public async Task ATipCorrectionThatIsMalformedUnchangedOutOfOrderOrNotTheInvestigatorsIsRefusedAndChangesNothing()
    {
        var tip = NewTip();
        Accepted(await tip.ReceiveAsync(new(Key(), Actors.Procuracy, D(2013, 3, 1), CamSon, TipSource.Citizen)));
        Accepted(await tip.ClassifyAsync(new(Key(), Actors.Police, D(2013, 3, 20), TipClassification.NoSigns)));
        var before = await tip.GetAsync();

        Refused(await tip.CorrectAsync(new(Key(), Actors.Police, "Sửa")), "oneValue", "correction");
        Refused(await tip.CorrectAsync(new(Key(), Actors.Police, "Sửa", ReceivedOn: D(2013, 3, 2), Source: TipSource.Denunciation)), "oneValue", "correction");
        Refused(await tip.CorrectAsync(new(Key(), Actors.Police, " ", ReceivedOn: D(2013, 3, 2))), "required", "reason");
        Refused(await tip.CorrectAsync(new(Key(), Actors.Police, "Sửa", Source: TipSource.Citizen)), "unchanged", "source");
        Refused(await tip.CorrectAsync(new(Key(), Actors.Police, "Sửa", ReceivedOn: D(2013, 3, 21))), "dateOutOfOrder", "receivedOn");
        Refused(await tip.CorrectAsync(new(Key(), Actors.Police, "Sửa", ReceivedOn: D(2026, 12, 1))), "dateInFuture", "receivedOn");
        Refused(await tip.CorrectAsync(new(Key(), Actors.Police, "Sửa", UnitCode: "99999")), "unknownPlace", "unitCode");
        Refused(await tip.CorrectAsync(new(Key(), Actors.Procuracy, "Sửa", ReceivedOn: D(2013, 3, 2))), "notPermitted", "actor.agencyCode");
        Refused(await NewTip().CorrectAsync(new(Key(), Actors.Police, "Sửa", ReceivedOn: D(2013, 3, 2))), "notRecorded", "tipId");

        var after = await tip.GetAsync();
        Assert.Equal((before!.Version, before.ReceivedOn, before.Source, before.History.Length), (after!.Version, after.ReceivedOn, after.Source, after.History.Length));
    }

    [Fact]
    public async Task ACasesSuspectsAndOpeningDateAreCorrectedEvenOnceClosedAndItsCasesOpenedMoveYear()
    {
        var @case = fixture.Grains.GetGrain<ICaseGrain>($"22:CT-{Key()}");
        Accepted(await @case.OpenAsync(new(Key(), Actors.Police, D(2013, 12, 20), CamThuy, 2, TraffickingForm.Labour, Abroad: true)));
        var opened2013 = await CasesOpenedAsync("2013");
        var opened2014 = await CasesOpenedAsync("2014");

        Refused(await @case.CorrectAsync(new(Key(), Actors.Police, "Sửa", Suspects: 0)), "notPositive", "suspects");
        Accepted(await @case.CorrectAsync(new(Key(), Actors.Police, "Thêm một bị can bị khởi tố cùng ngày", Suspects: 3)));
        Accepted(await @case.CorrectAsync(new(Key(), Actors.BorderGuard, "Quyết định khởi tố ký ngày 02/01/2014", OpenedOn: D(2014, 1, 2))));
        Accepted(await @case.ProsecuteAsync(new(Key(), Actors.Procuracy, D(2014, 1, 3), 3)));
        Refused(await @case.CorrectAsync(new(Key(), Actors.Police, "Sửa", OpenedOn: D(2014, 1, 4))), "dateOutOfOrder", "openedOn");

        var view = (await @case.GetAsync())!;
        Assert.Equal((3, D(2014, 1, 2)), (view.Suspects, view.OpenedOn));
        Assert.Equal(
            [new CorrectedValue("suspects", "2", "3", "Thêm một bị can bị khởi tố cùng ngày"), new CorrectedValue("openedOn", "2013-12-20", "2014-01-02", "Quyết định khởi tố ký ngày 02/01/2014")],
            view.History.Where(h => h.Step == "corrected").Select(h => h.Correction!));
        Assert.Equal((opened2013 - 1, opened2014 + 1), (await CasesOpenedAsync("2013"), await CasesOpenedAsync("2014")));
    }

    [Fact]
    public async Task APersonsBirthYearCorrectedMovesTheAgeGroupAndShowsOnlyAgeGroupsInTheTimelineAndTheAuditTrail()
    {
        var person = People.NewPerson(fixture.Grains);
        Accepted(await person.ReceiveAsync(People.Reception(CamBinh, D(2013, 8, 5), birthYear: 1993)));
        var card = await fixture.Grains.GetGrain<ICommuneGrain>(CamBinh).GetScorecardAsync("2013");
        var adults = Output(card, "OUT-33", "18to30");
        var children = Output(card, "OUT-33", "under16");
        var key = Key();

        Refused(await person.CorrectAsync(new(Key(), PersonAgencies.Dolisa, "Sửa năm sinh", BirthYear: 1895)), "outOfRange", "birthYear");
        Refused(await person.CorrectAsync(new(Key(), PersonAgencies.Dolisa, "Sửa năm sinh", BirthYear: 1993)), "unchanged", "birthYear");
        Refused(await person.CorrectAsync(new(Key(), PersonAgencies.Health, "Sửa năm sinh", BirthYear: 1999)), "notPermitted", "actor.agencyCode");
        Accepted(await person.CorrectAsync(new(key, PersonAgencies.Dolisa, "Giấy khai sinh ghi năm 1999", BirthYear: 1999)));

        card = await fixture.Grains.GetGrain<ICommuneGrain>(CamBinh).GetScorecardAsync("2013");
        Assert.Equal((adults - 1, children + 1), (Output(card, "OUT-33", "18to30"), Output(card, "OUT-33", "under16")));
        var view = (await person.GetAsync())!;
        Assert.Equal(AgeGroup.Under16, view.AgeGroup);
        var step = view.History[^1];
        Assert.Equal(("corrected", "birthYear", "18to30", "under16"), (step.Step, step.Correction!.Field, step.Correction.Before, step.Correction.After));
        var audit = Assert.Single(Trail.Records, r => r.Entry.IdempotencyKey == key).Entry;
        Assert.Equal(("birthYear", "18to30", "under16"), (audit.ChangeField, audit.ChangeBefore, audit.ChangeAfter));
        Assert.DoesNotContain("1993", audit.ToString());
        var read = await person.ReadPersonalDataAsync(new(PersonAgencies.BorderGuardCaseWorker, "Đối chiếu giấy khai sinh"));
        Assert.Equal(1999, read.BirthYear);
    }

    [Fact]
    public async Task APersonsReceptionDateCorrectedMovesThePersonsFiguresAndCannotPassALaterStep()
    {
        var person = People.NewPerson(fixture.Grains);
        Accepted(await person.ReceiveAsync(People.Reception(CamBinh, D(2013, 12, 28), sex: Sex.Male)));
        var males2013 = await MalesReceivedAsync("2013");
        var males2014 = await MalesReceivedAsync("2014");

        Accepted(await person.CorrectAsync(new(Key(), PersonAgencies.Police, "Tiếp nhận ngày 02/01/2014", ReceivedOn: D(2014, 1, 2))));
        Accepted(await person.StartVerificationAsync(new(Key(), PersonAgencies.Police, D(2014, 1, 3))));
        Refused(await person.CorrectAsync(new(Key(), PersonAgencies.Police, "Sửa", ReceivedOn: D(2014, 1, 4))), "dateOutOfOrder", "receivedOn");

        Assert.Equal((males2013 - 1, males2014 + 1), (await MalesReceivedAsync("2013"), await MalesReceivedAsync("2014")));
        var view = (await person.GetAsync())!;
        Assert.Equal(D(2014, 1, 2), view.ReceivedOn);
        // The consent to support ticked at reception moved with it.
        Assert.Equal((D(2014, 1, 2), true), (view.Consents.Single(c => c.Kind == ConsentKind.Support).GivenOn, view.Consents.Single().WithReception));
    }

    private ITipGrain NewTip() => fixture.Grains.GetGrain<ITipGrain>($"22:CT-{Key()}");

    private async Task<List<(string Unit, long Year2013, long Year2014)>> TipsReceivedAsync()
    {
        var result = new List<(string, long, long)>();
        foreach (var unit in new[] { CamSon, CamPha, "22" })
        {
            result.Add((unit, (await CardAsync(unit, "2013")).Indicators.Single(i => i.Code == "IND-08").Denominator,
                (await CardAsync(unit, "2014")).Indicators.Single(i => i.Code == "IND-08").Denominator));
        }

        return result;
    }

    private async Task<(long Numerator, long Denominator)> Ind08Async(string unit)
    {
        var ind08 = (await CardAsync(unit, "2013")).Indicators.Single(i => i.Code == "IND-08");
        return (ind08.Numerator, ind08.Denominator);
    }

    private async Task<long> CasesOpenedAsync(string year) => Output(await CardAsync(CamThuy, year), "OUT-06", null);

    private async Task<long> MalesReceivedAsync(string year) => Output(await CardAsync(CamBinh, year), "OUT-32", "male");

    private Task<ScorecardView> CardAsync(string unit, string period) => unit.Length switch
    {
        5 => fixture.Grains.GetGrain<ICommuneGrain>(unit).GetScorecardAsync(period),
        3 => fixture.Grains.GetGrain<IDistrictGrain>(unit).GetScorecardAsync(period),
        _ => fixture.Grains.GetGrain<IProvinceGrain>(unit).GetScorecardAsync(period),
    };

    private static long Output(ScorecardView card, string code, string? key) =>
        card.Outputs.Where(o => o.Code == code && o.Key == key).Sum(o => o.Value);

    private static void Accepted(CommandResult result) =>
        Assert.True(result.Outcome == CommandOutcome.Accepted, $"refused: {result.Error}");

    private static void Refused(CommandResult result, string code, string field)
    {
        Assert.Equal((CommandOutcome.Rejected, code, field), (result.Outcome, result.Error?.Code, result.Error?.Field));
        Assert.False(string.IsNullOrWhiteSpace(result.Error!.MessageVi) || string.IsNullOrWhiteSpace(result.Error.MessageEn));
    }
}
