using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Grains.Tests.Victims;
using static AntiTrafficking.Grains.Tests.Commands;
using static AntiTrafficking.Grains.Tests.Enforcement.Actors;
using static AntiTrafficking.Grains.Tests.Enforcement.Lifecycles;

namespace AntiTrafficking.Grains.Tests.Records;

/// <summary>
/// The lists of tips, cases and persons, kept current by the records' own grains: filters, order, paging and totals,
/// and each list scoped to its reader (a district officer's district, a case worker's agency). A cluster of its own,
/// so that no other test's records are in its lists.
/// </summary>
public sealed class RecordListTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private const string HaLongWard = "06649";
    private const string MongCaiWard = "06715";
    private static readonly ActingParty Analyst = new("analyst", Role: ActorRole.Analyst);
    private static readonly ActingParty TienYenOfficer = new("tien-yen", Role: ActorRole.DistrictOfficer, DistrictCode: "199");

    private IRecordListGrain Lists => fixture.Grains.GetGrain<IRecordListGrain>("22");

    [Fact]
    public async Task TipsAreListedNewestFirstWithTheirStatusAndFilteredByDistrictStatusAndDates()
    {
        await TipAsync("L-T1", HaLongWard, D(2013, 2, 1));
        await TipAsync("L-T2", Commune, D(2013, 4, 1), TipClassification.SignsOfCrime);
        await TipAsync("L-T3", MongCaiWard, D(2014, 1, 15), TipClassification.NoSigns);

        // Each test of the class dates its records in years of its own: this one 2013–2014.
        var all = await Lists.ListAsync(new RecordQuery(RecordKind.Tip, From: D(2013, 1, 1), To: D(2014, 12, 31)), Analyst);
        Assert.Null(all.Error);
        Assert.Equal(
            [("L-T3", "noSigns", "194", "CA"), ("L-T2", "signsOfCrime", "199", "CA"), ("L-T1", "received", "193", "CA")],
            all.Items.Select(t => (t.Id, t.Status, t.DistrictCode, t.AgencyCode)));
        Assert.Equal(3, all.Total);
        Assert.Equal((D(2013, 4, 1), D(2013, 4, 5)), (all.Items[1].DatedOn, all.Items[1].LatestStepOn));

        Assert.Equal(["L-T2"], (await Lists.ListAsync(new RecordQuery(RecordKind.Tip, DistrictCode: "199", From: D(2013, 1, 1), To: D(2014, 12, 31)), Analyst)).Items.Select(t => t.Id));
        Assert.Equal(["L-T1"], (await Lists.ListAsync(new RecordQuery(RecordKind.Tip, Status: "received", From: D(2013, 1, 1), To: D(2014, 12, 31)), Analyst)).Items.Select(t => t.Id));
        Assert.Equal(["L-T2", "L-T1"],
            (await Lists.ListAsync(new RecordQuery(RecordKind.Tip, From: D(2013, 1, 1), To: D(2013, 12, 31)), Analyst)).Items.Select(t => t.Id));

        var second = await Lists.ListAsync(new RecordQuery(RecordKind.Tip, From: D(2013, 1, 1), To: D(2014, 12, 31), Page: 2, PageSize: 2), Analyst);
        Assert.Equal((3, 2, 2), (second.Total, second.Page, second.PageSize));
        Assert.Equal(["L-T1"], second.Items.Select(t => t.Id));
    }

    [Fact]
    public async Task ALineFollowsItsRecordAndARetryDoesNotMoveIt()
    {
        var tip = fixture.Grains.GetGrain<ITipGrain>("22:L-T9");
        await AcceptAsync(tip.ReceiveAsync(new("l-t9-r", Police, D(2012, 6, 1), Commune, TipSource.Citizen)));
        await AcceptAsync(tip.ClassifyAsync(new("l-t9-c", Police, D(2012, 6, 3), TipClassification.SignsOfCrime)));
        await AcceptAsync(tip.ConcludeVerificationAsync(new("l-t9-v", Police, D(2012, 6, 20), VerificationConclusion.CaseOpened, "L-C9")));
        // A retry of the first step answers duplicate: its line stays at the newest version.
        Assert.Equal(CommandOutcome.Duplicate, (await tip.ReceiveAsync(new("l-t9-r", Police, D(2012, 6, 1), Commune, TipSource.Citizen))).Outcome);

        var line = Assert.Single((await Lists.ListAsync(new RecordQuery(RecordKind.Tip, From: D(2012, 1, 1), To: D(2012, 12, 31)), Analyst)).Items);
        Assert.Equal(("L-T9", "caseOpened", D(2012, 6, 20), 3L), (line.Id, line.Status, line.LatestStepOn, line.Version));
    }

    [Fact]
    public async Task CasesAreFilteredByStatusAndForm()
    {
        var open = fixture.Grains.GetGrain<ICaseGrain>("22:L-C1");
        await AcceptAsync(open.OpenAsync(new(Key(), Police, D(2015, 1, 10), HaLongWard, 1, TraffickingForm.Labour, Abroad: false)));
        var sent = fixture.Grains.GetGrain<ICaseGrain>("22:L-C2");
        await AcceptAsync(sent.OpenAsync(new(Key(), BorderGuard, D(2015, 2, 10), MongCaiWard, 2, TraffickingForm.Marriage, Abroad: true)));
        await AcceptAsync(sent.ProsecuteAsync(new(Key(), Procuracy, D(2015, 3, 1), 2)));

        var awaiting = await Lists.ListAsync(new RecordQuery(RecordKind.Case, Status: "awaitingTrial", From: D(2015, 1, 1), To: D(2015, 12, 31)), Analyst);
        var line = Assert.Single(awaiting.Items);
        Assert.Equal(("L-C2", "marriage", "BDBP", "194", D(2015, 2, 10)), (line.Id, line.Form, line.AgencyCode, line.DistrictCode, line.DatedOn));
        Assert.Equal(["L-C1"], (await Lists.ListAsync(new RecordQuery(RecordKind.Case, Form: "labour", From: D(2015, 1, 1), To: D(2015, 12, 31)), Analyst)).Items.Select(c => c.Id));
    }

    [Fact]
    public async Task ADistrictOfficerListsTheirOwnDistrictOnlyAndIsRefusedAnother()
    {
        await TipAsync("L-D1", Commune, D(2011, 11, 1));
        await TipAsync("L-D2", HaLongWard, D(2011, 11, 2));

        var own = await Lists.ListAsync(new RecordQuery(RecordKind.Tip, From: D(2011, 1, 1), To: D(2011, 12, 31)), TienYenOfficer);
        Assert.Equal(["L-D1"], own.Items.Select(t => t.Id));

        var other = await Lists.ListAsync(new RecordQuery(RecordKind.Tip, DistrictCode: "193"), TienYenOfficer);
        Assert.Equal(("notPermitted", "reader.districtCode"), (other.Error!.Code, other.Error.Field));
        Assert.Empty(other.Items);
    }

    [Fact]
    public async Task PersonsAreListedToCaseWorkersOfTheAgencyThatHasThemOnlyWithoutPersonalData()
    {
        var byBorderGuard = fixture.Grains.GetGrain<IVictimGrain>("22:L-P1");
        await AcceptAsync(byBorderGuard.ReceiveAsync(People.Reception(MongCaiWard, D(2013, 5, 10), AntiTrafficking.Grains.Tests.Victims.Agencies.BorderGuard)));
        var byDolisa = fixture.Grains.GetGrain<IVictimGrain>("22:L-P2");
        await AcceptAsync(byDolisa.ReceiveAsync(People.Reception(HaLongWard, D(2013, 6, 10), AntiTrafficking.Grains.Tests.Victims.Agencies.Dolisa)));

        var caseWorker = new ActingParty("bdbp-cw", "BDBP", ActorRole.CaseWorker);
        var listed = await Lists.ListAsync(new RecordQuery(RecordKind.Person, From: D(2013, 1, 1), To: D(2013, 12, 31)), caseWorker);
        var line = Assert.Single(listed.Items);
        Assert.Equal(("L-P1", "received", "194", MongCaiWard, "BDBP"), (line.Id, line.Status, line.DistrictCode, line.UnitCode, line.AgencyCode));
        Assert.DoesNotContain("Nguyễn", line.ToString(), StringComparison.Ordinal);

        // The agency filter narrows the persons the reader's agency has; it never widens them.
        var otherAgency = await Lists.ListAsync(new RecordQuery(RecordKind.Person, AgencyCode: "LDTBXH"), caseWorker);
        Assert.Equal((null, 0), (otherAgency.Error, otherAgency.Total));
        var leader = await Lists.ListAsync(new RecordQuery(RecordKind.Person), new ActingParty("leader", Role: ActorRole.Leader));
        Assert.Equal(("notPermitted", "reader.role"), (leader.Error!.Code, leader.Error.Field));
    }

    [Fact]
    public async Task APersonIsListedToAnAgencyOnceItAcceptsAReferralAndTheReferralIsInBothAgenciesInboxes()
    {
        var bdbp = AntiTrafficking.Grains.Tests.Victims.Agencies.BorderGuard;
        var health = new ActingParty("yt-cw", "YT", ActorRole.CaseWorker);
        var borderGuard = new ActingParty("bdbp-cw", "BDBP", ActorRole.CaseWorker);
        var person = fixture.Grains.GetGrain<IVictimGrain>("22:L-R1");
        await AcceptAsync(person.ReceiveAsync(People.Reception(MongCaiWard, D(2026, 11, 20), bdbp, consentsToDataSharing: true)));
        var persons = new RecordQuery(RecordKind.Person);

        await AcceptAsync(person.ReferAsync(new(Key(), bdbp, "YT", "khám bệnh", D(2026, 11, 21))));
        var pendingList = await Lists.ListAsync(persons, health);
        var incoming = (await Lists.InboxAsync(health)).Referrals!;
        var outgoing = (await Lists.InboxAsync(borderGuard)).Referrals!;
        await AcceptAsync(person.AcceptReferralAsync(new(Key(), new ActingParty("yt-officer", "YT"), D(2026, 11, 22))));
        var acceptedList = await Lists.ListAsync(persons, health);
        var answered = (await Lists.InboxAsync(borderGuard)).Referrals!;

        // Pending: in the inbox of both, not yet in the list of the agency referred to.
        Assert.Equal(0, pendingList.Total);
        Assert.Equal([("L-R1", "YT", ReferralStatus.Pending)], incoming.Select(l => (l.Id, l.Referrals![0].ToAgency, l.Referrals[0].Status)));
        Assert.Equal(["L-R1"], outgoing.Select(l => l.Id));
        // Accepted: listed to Health with both agencies' access, out of Health's inbox, in the Border Guard's with its answer.
        var line = Assert.Single(acceptedList.Items);
        Assert.Equal(("L-R1", "BDBP"), (line.Id, line.AgencyCode));
        Assert.Equal(["BDBP", "YT"], line.Access!);
        Assert.Empty((await Lists.InboxAsync(health)).Referrals!);
        Assert.Equal([("L-R1", ReferralStatus.Accepted)], answered.Select(l => (l.Id, l.Referrals![0].Status)));
        Assert.Equal(0, (await Lists.ListAsync(persons, new ActingParty("hlhpn-cw", "HLHPN", ActorRole.CaseWorker))).Total);
    }

    [Theory]
    [InlineData(0, 25, null, "page")]
    [InlineData(1, 0, null, "pageSize")]
    [InlineData(1, 201, null, "pageSize")]
    [InlineData(1, 25, "closed", "status")]
    public async Task AnInvalidFilterIsRefusedNamingIt(int page, int pageSize, string? status, string field)
    {
        var refused = await Lists.ListAsync(new RecordQuery(RecordKind.Tip, Status: status, Page: page, PageSize: pageSize), Analyst);

        Assert.Equal(field, refused.Error!.Field);
        Assert.NotEmpty(refused.Error.MessageVi);
        Assert.NotEmpty(refused.Error.MessageEn);
    }

    [Fact]
    public async Task DatesInTheWrongOrderAndUnknownCodesAreRefused()
    {
        var backwards = await Lists.ListAsync(new RecordQuery(RecordKind.Case, From: D(2014, 1, 1), To: D(2013, 1, 1)), Analyst);
        Assert.Equal(("invalidRange", "openedFrom"), (backwards.Error!.Code, backwards.Error.Field));
        Assert.Equal("district", (await Lists.ListAsync(new RecordQuery(RecordKind.Tip, DistrictCode: "999"), Analyst)).Error!.Field);
        Assert.Equal("agency", (await Lists.ListAsync(new RecordQuery(RecordKind.Tip, AgencyCode: "XX"), Analyst)).Error!.Field);
        Assert.Equal("form", (await Lists.ListAsync(new RecordQuery(RecordKind.Tip, Form: "labour"), Analyst)).Error!.Field);
    }

    [Fact]
    public async Task TheInboxHoldsTheOverdueAndSoonDueStepsOfTheReadersAgencySoonestFirst()
    {
        // Today is 28/11/2026 (the fixture's clock); a tip is verified within 20 days of its receipt (CPC 2003 art. 103).
        await TipAsync("L-I1", Commune, D(2026, 11, 1));
        await TipAsync("L-I2", HaLongWard, D(2026, 11, 12), TipClassification.SignsOfCrime);
        await TipAsync("L-I3", Commune, D(2026, 11, 20));
        await TipAsync("L-I4", Commune, D(2026, 10, 1), TipClassification.NoSigns);
        var @case = fixture.Grains.GetGrain<ICaseGrain>("22:L-I5");
        await AcceptAsync(@case.OpenAsync(new(Key(), Police, D(2026, 3, 1), Commune, 1, TraffickingForm.Labour, Abroad: false)));
        await AcceptAsync(@case.ProsecuteAsync(new(Key(), Procuracy, D(2026, 10, 1), 1)));

        var police = await Lists.InboxAsync(new ActingParty("ca-inbox", "CA"));
        var court = await Lists.InboxAsync(new ActingParty("ta-inbox", "TA"));
        var tienYen = await Lists.InboxAsync(TienYenOfficer);

        Assert.Equal(D(2026, 11, 28), police.Today);
        var mine = police.Items.Where(i => i.Id.StartsWith("L-I", StringComparison.Ordinal)).Select(i => (i.Id, i.DueOn)).ToList();
        // L-I1 overdue since 21/11, L-I2 due 02/12 (within 7 days); L-I3 due 10/12 is not yet; L-I4 needs no step.
        Assert.Equal([("L-I1", (DateOnly?)D(2026, 11, 21)), ("L-I2", D(2026, 12, 2))], mine);
        // The case sent to court on 01/10 is the Court's to try within 60 days: due 30/11, so soon, not overdue.
        var courts = court.Items.Where(i => i.Id.StartsWith("L-I", StringComparison.Ordinal)).ToList();
        Assert.Equal([("L-I5", (DateOnly?)D(2026, 11, 30))], courts.Select(i => (i.Id, i.DueOn)));
        Assert.DoesNotContain(court.Items, i => i.Kind == RecordKind.Tip);
        Assert.Equal(court.Items.Count(i => i.DueOn < court.Today), court.Overdue);
        Assert.Equal(court.Items.Length - court.Overdue, court.Soon);
        // Tiên Yên's officer sees what is due in the district, whoever's step it is — not Hạ Long's tip.
        Assert.Equal(["L-I1", "L-I5"], tienYen.Items.Where(i => i.Id.StartsWith("L-I", StringComparison.Ordinal)).Select(i => i.Id));
    }

    [Fact]
    public async Task OverdueCountsAreByUnitAndOnlyOfStepsPastTheirLastDay()
    {
        var before = await Lists.OverdueAsync("194");
        await TipAsync("L-O1", MongCaiWard, D(2026, 9, 1));
        await TipAsync("L-O2", MongCaiWard, D(2026, 9, 2), TipClassification.Transferred);
        await TipAsync("L-O4", MongCaiWard, D(2026, 11, 27));
        var person = fixture.Grains.GetGrain<IVictimGrain>("22:L-O3");
        await AcceptAsync(person.ReceiveAsync(People.Reception(MongCaiWard, D(2026, 10, 1), AntiTrafficking.Grains.Tests.Victims.Agencies.BorderGuard)));

        var after = await Lists.OverdueAsync("194");

        // One tip past its 20 days (the transferred one needs no step, the one of yesterday is not late), one person
        // whose verification should have started within 15 days; no other district moves.
        Assert.Equal((before.Tips + 1, before.Cases, before.Persons + 1), (after.Tips, after.Cases, after.Persons));
        Assert.Equal(new OverdueCounts(0, 0, 0), await Lists.OverdueAsync("205"));
    }

    private async Task TipAsync(string id, string unit, DateOnly receivedOn, TipClassification? classification = null)
    {
        var tip = fixture.Grains.GetGrain<ITipGrain>($"22:{id}");
        await AcceptAsync(tip.ReceiveAsync(new(Key(), Police, receivedOn, unit, TipSource.Citizen)));
        if (classification is { } c)
        {
            await AcceptAsync(tip.ClassifyAsync(new(Key(), Police, receivedOn.AddDays(4), c)));
        }
    }
}
