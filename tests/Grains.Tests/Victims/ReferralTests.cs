using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.GrainInterfaces.Victims;
using static AntiTrafficking.Grains.Tests.Commands;

namespace AntiTrafficking.Grains.Tests.Victims;

/// <summary>
/// Referrals and the access they give: a person's record and personal data are for the agencies that have it — the
/// receiving one (here the Border Guard), those that accepted a referral, those of the officers assigned — and refused
/// to the others; a pending referral shows the record without personal data. Refused referrals change nothing. Persons
/// live in Quảng Thành (06946, Hải Hà).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ReferralTests(ClusterFixture fixture)
{
    private const string QuangThanh = "06946";
    private static readonly ActingParty HealthOfficer = new("yt-officer", "YT");

    private readonly Stages _stages = new(fixture.Grains, QuangThanh);

    [Fact]
    public async Task AnotherAgencyIsRefusedUntilItAcceptsAReferralAndThenReadsThePerson()
    {
        var person = await _stages.ReceivedAsync(Sharing());
        var before = await ReadAsync(person, Agencies.HealthCaseWorker);
        var hiddenBefore = await person.ViewAsync(Agencies.HealthCaseWorker);

        Accepted(await person.ReferAsync(new(Key(), Agencies.BorderGuard, "YT", "khám, chữa bệnh", D(2013, 5, 12))));
        var pendingView = await person.ViewAsync(Agencies.HealthCaseWorker);
        var pendingRead = await ReadAsync(person, Agencies.HealthCaseWorker);
        Accepted(await person.AcceptReferralAsync(new(Key(), HealthOfficer, D(2013, 5, 13))));
        var after = await ReadAsync(person, Agencies.HealthCaseWorker);

        Assert.Equal(("notPermitted", "reader.agencyCode"), (before.Error!.Code, before.Error.Field));
        Assert.Equal(("notPermitted", "reader.agencyCode", null), (hiddenBefore.Error!.Code, hiddenBefore.Error.Field, hiddenBefore.View));
        Assert.NotNull(pendingView.View);
        Assert.Equal(("notPermitted", "reader.agencyCode"), (pendingRead.Error!.Code, pendingRead.Error.Field));
        Assert.True(after.Granted);
        var view = (await person.ViewAsync(Agencies.HealthCaseWorker)).View!;
        Assert.Equal(["BDBP", "YT"], view.Access.AsEnumerable());
        Assert.Equal(
            new Referral(1, "BDBP", "YT", "khám, chữa bệnh", D(2013, 5, 12), ReferralStatus.Accepted, D(2013, 5, 13)),
            Assert.Single(view.Referrals));
        Assert.Equal(
            [("referred", "BDBP", "1"), ("referralAccepted", "YT", "1")],
            view.History.Where(h => h.Step.StartsWith("referr", StringComparison.Ordinal)).Select(h => (h.Step, h.AgencyCode!, h.Detail!)));
        // The agency that accepted has the record: it refers it on.
        Accepted(await person.ReferAsync(new(Key(), Agencies.HealthCaseWorker, "HLHPN", "tư vấn tâm lý", D(2013, 5, 14))));
    }

    [Fact]
    public async Task ADeclinedReferralGivesNoAccessAndAnAssignedOfficersAgencyHasTheRecord()
    {
        var person = await _stages.ReceivedAsync(Sharing());
        Accepted(await person.ReferAsync(new(Key(), Agencies.BorderGuard, "HLHPN", "hỗ trợ tâm lý", D(2013, 5, 12))));
        Accepted(await person.DeclineReferralAsync(new(Key(), Agencies.WomensUnion, "không có cán bộ tại địa bàn", D(2013, 5, 13))));
        Accepted(await person.AssignOfficerAsync(new(Key(), Agencies.Dolisa, new ActingParty("ca-case-worker-2", "CA", ActorRole.CaseWorker), D(2013, 5, 14))));

        var declined = await ReadAsync(person, Agencies.WomensUnionCaseWorker);
        var declinedView = await person.ViewAsync(Agencies.WomensUnionCaseWorker);
        var police = await ReadAsync(person, Agencies.PoliceCaseWorker);

        Assert.Equal(("notPermitted", "reader.agencyCode"), (declined.Error!.Code, declined.Error.Field));
        Assert.Null(declinedView.View);
        Assert.True(police.Granted);
        var view = (await person.GetAsync())!;
        Assert.Equal(["BDBP", "CA"], view.Access.AsEnumerable());
        Assert.Equal((ReferralStatus.Declined, "không có cán bộ tại địa bàn"), (view.Referrals[0].Status, view.Referrals[0].DeclineReason));
    }

    [Fact]
    public async Task ReferralsAndAnswersThatBreakARuleAreRefusedAndChangeNothing()
    {
        var person = await _stages.ReceivedAsync(Sharing());
        Accepted(await person.ReferAsync(new(Key(), Agencies.BorderGuard, "YT", "khám bệnh", D(2013, 5, 12))));
        var before = (await person.GetAsync())!;

        Refused(await person.ReferAsync(new(Key(), Agencies.BorderGuard, "XX", "khám bệnh", D(2013, 5, 12))), "unknownAgency", "toAgency");
        Refused(await person.ReferAsync(new(Key(), Agencies.BorderGuard, "BDBP", "khám bệnh", D(2013, 5, 12))), "referralToItself", "toAgency");
        Refused(await person.ReferAsync(new(Key(), Agencies.BorderGuard, "YT", "khám lại", D(2013, 5, 12))), "duplicate", "toAgency");
        Refused(await person.ReferAsync(new(Key(), Agencies.BorderGuard, "TP", "trợ giúp pháp lý", D(2013, 5, 12))), "notCaseWorker", "toAgency");
        Refused(await person.ReferAsync(new(Key(), Agencies.BorderGuard, "HLHPN", " ", D(2013, 5, 12))), "required", "reason");
        Refused(await person.ReferAsync(new(Key(), Agencies.BorderGuard, "HLHPN", "tâm lý", D(2013, 5, 9))), "dateOutOfOrder", "referredOn");
        Refused(await person.ReferAsync(new(Key(), Agencies.BorderGuard, "HLHPN", "tâm lý", D(2026, 12, 1))), "dateInFuture", "referredOn");
        Refused(await person.ReferAsync(new(Key(), Agencies.Police, "HLHPN", "tâm lý", D(2013, 5, 12))), "notPermitted", "actor.agencyCode");
        Refused(await person.AcceptReferralAsync(new(Key(), Agencies.WomensUnion, D(2013, 5, 13))), "notPermitted", "actor.agencyCode");
        Refused(await person.AcceptReferralAsync(new(Key(), HealthOfficer, D(2013, 5, 11))), "dateOutOfOrder", "acceptedOn");
        Refused(await person.DeclineReferralAsync(new(Key(), HealthOfficer, "", D(2013, 5, 13))), "required", "reason");

        var unchanged = (await person.GetAsync())!;
        Assert.Equal((before.Version, before.History.Length), (unchanged.Version, unchanged.History.Length));
        Assert.Equal(before.Referrals.AsEnumerable(), unchanged.Referrals.AsEnumerable());

        Accepted(await person.DeclineReferralAsync(new(Key(), HealthOfficer, "ngoài khả năng", D(2013, 5, 13))));
        Refused(await person.AcceptReferralAsync(new(Key(), HealthOfficer, D(2013, 5, 14))), "referralNotPending", "status");
        Refused(await person.ReferAsync(new(Key(), Agencies.BorderGuard, "BDBP", "x", D(2013, 5, 12))), "referralToItself", "toAgency");
    }

    [Fact]
    public async Task APersonIsReferredAndTheReferralAcceptedOnlyWhileTheyConsentToDataSharing()
    {
        var person = await _stages.ReceivedAsync();
        var refused = await person.ReferAsync(new(Key(), Agencies.BorderGuard, "YT", "khám bệnh", D(2013, 5, 12)));
        Refused(refused, "consentRequired", "consent");
        Assert.Contains("chưa đồng ý chia sẻ thông tin với cơ quan khác", refused.Error!.MessageVi, StringComparison.Ordinal);
        Assert.Contains("has not consented to sharing their information with other agencies", refused.Error.MessageEn, StringComparison.Ordinal);
        Assert.Empty((await person.GetAsync())!.Referrals);

        Accepted(await person.GiveConsentAsync(new(Key(), Agencies.Dolisa, ConsentKind.DataSharing, D(2013, 5, 11), "Ký biên bản")));
        Accepted(await person.ReferAsync(new(Key(), Agencies.BorderGuard, "YT", "khám bệnh", D(2013, 5, 12))));
        Accepted(await person.WithdrawConsentAsync(new(Key(), Agencies.Dolisa, ConsentKind.DataSharing, D(2013, 5, 13))));
        var acceptance = await person.AcceptReferralAsync(new(Key(), HealthOfficer, D(2013, 5, 14)));

        Refused(acceptance, "consentRequired", "consent");
        Assert.Contains("đã rút lại đồng ý chia sẻ thông tin với cơ quan khác ngày 13/05/2013", acceptance.Error!.MessageVi, StringComparison.Ordinal);
        Assert.Equal(ReferralStatus.Pending, (await person.GetAsync())!.Referrals.Single().Status);
        var unread = await ReadAsync(person, Agencies.HealthCaseWorker);
        Assert.Equal(("notPermitted", "reader.agencyCode"), (unread.Error!.Code, unread.Error.Field));
        // Declining hands nothing over: it needs no consent.
        Accepted(await person.DeclineReferralAsync(new(Key(), HealthOfficer, "người được tiếp nhận không đồng ý", D(2013, 5, 14))));
    }

    [Fact]
    public async Task AClosedRecordIsNeitherReferredNorAnswered()
    {
        var person = await _stages.ConcludedAsync(reception: Sharing());
        Accepted(await person.ReferAsync(new(Key(), Agencies.BorderGuard, "YT", "khám bệnh", D(2013, 7, 1))));
        Accepted(await person.CloseAsync(new(Key(), Agencies.Dolisa, D(2013, 12, 1), Reintegrated: true)));

        Refused(await person.ReferAsync(new(Key(), Agencies.BorderGuard, "HLHPN", "tâm lý", D(2013, 12, 2))), "invalidTransition", "status");
        Refused(await person.AcceptReferralAsync(new(Key(), HealthOfficer, D(2013, 12, 2))), "invalidTransition", "status");
    }

    [Fact]
    public async Task ATipIsReferredByTheAgencyThatHasItAndAnsweredOnlyByTheOneReferredTo()
    {
        var tip = fixture.Grains.GetGrain<ITipGrain>($"22:R-{Key()}");
        Accepted(await tip.ReceiveAsync(new(Key(), Agencies.Police, D(2013, 3, 1), QuangThanh, TipSource.Citizen)));

        Refused(await tip.ReferAsync(new(Key(), Agencies.BorderGuard, "VKS", "x", D(2013, 3, 2))), "notPermitted", "actor.agencyCode");
        Accepted(await tip.ReferAsync(new(Key(), Agencies.Police, "BDBP", "địa bàn biên giới", D(2013, 3, 2))));
        Refused(await tip.AcceptReferralAsync(new(Key(), new ActingParty("vks-officer", "VKS"), D(2013, 3, 3))), "notPermitted", "actor.agencyCode");
        Accepted(await tip.AcceptReferralAsync(new(Key(), Agencies.BorderGuard, D(2013, 3, 3))));
        Accepted(await tip.ClassifyAsync(new(Key(), Agencies.BorderGuard, D(2013, 3, 4), TipClassification.NoSigns)));
        Refused(await tip.ReferAsync(new(Key(), Agencies.BorderGuard, "VKS", "x", D(2013, 3, 5))), "invalidTransition", "status");

        var view = (await tip.GetAsync())!;
        Assert.Equal((ReferralStatus.Accepted, "BDBP"), (Assert.Single(view.Referrals).Status, view.Referrals[0].ToAgency));
        Assert.Equal(["received", "referred", "referralAccepted", "classified"], view.History.Select(h => h.Step));
    }

    private static Task<PersonalDataResult> ReadAsync(IVictimGrain person, ActingParty reader) =>
        person.ReadPersonalDataAsync(new(reader, "hỗ trợ nạn nhân"));

    private static void Accepted(CommandResult result) =>
        Assert.True(result.Outcome == CommandOutcome.Accepted, $"refused: {result.Error}");

    private static void Refused(CommandResult result, string code, string field)
    {
        Assert.Equal(CommandOutcome.Rejected, result.Outcome);
        Assert.Equal((code, field), (result.Error!.Code, result.Error.Field));
        Assert.False(string.IsNullOrWhiteSpace(result.Error.MessageVi));
        Assert.False(string.IsNullOrWhiteSpace(result.Error.MessageEn));
    }

    /// <summary>A reception in Quảng Thành on <see cref="Stages.ReceivedOn"/> with the person's consent to data sharing, as a referral needs.</summary>
    private static ReceivePerson Sharing() => People.Reception(QuangThanh, Stages.ReceivedOn, consentsToDataSharing: true);
}
