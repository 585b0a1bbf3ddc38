using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.GrainInterfaces.Views;
using static AntiTrafficking.Grains.Tests.Commands;

namespace AntiTrafficking.Grains.Tests.Victims;

/// <summary>
/// A person's consent to support and to data sharing: support is refused without it, accepted once it is given, and
/// refused again after a withdrawal, while the support given before still counts. Uses Quảng Long (06946, Hải Hà), 2013.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ConsentTests(ClusterFixture fixture)
{
    private const string QuangLong = "06946";

    private readonly Stages _stages = new(fixture.Grains, QuangLong);

    [Fact]
    public async Task SupportNeedsConsentAndAWithdrawalRefusesNewSupportWhileTheSupportGivenStillCounts()
    {
        var commune = fixture.Grains.GetGrain<ICommuneGrain>(QuangLong);
        var person = await _stages.ConcludedAsync(reception: People.Reception(QuangLong, Stages.ReceivedOn, consentsToSupport: false));
        var identified = Figures(await commune.GetScorecardAsync("2013"));

        var refused = await person.RecordSupportAsync(new(Key(), Agencies.Health, SupportKind.Medical, D(2013, 6, 20), "Trung tâm Y tế huyện Hải Hà"));

        AssertRefused(refused, "consentRequired", "consent", version: 3);
        Assert.Contains("chưa đồng ý nhận hỗ trợ", refused.Error!.MessageVi, StringComparison.Ordinal);
        Assert.Contains("has not consented to support", refused.Error.MessageEn, StringComparison.Ordinal);
        var unchanged = await person.GetAsync();
        Assert.Equal((0, 0, 3L), (unchanged!.Support.Length, unchanged.Consents.Length, unchanged.Version));
        Assert.Equal(identified, Figures(await commune.GetScorecardAsync("2013")));

        Assert.Equal(CommandOutcome.Accepted, (await person.GiveConsentAsync(new(Key(), Agencies.Dolisa, ConsentKind.Support, D(2013, 6, 18), "Ký biên bản đồng ý"))).Outcome);
        Assert.Equal(CommandOutcome.Accepted, (await person.RecordSupportAsync(new(Key(), Agencies.Health, SupportKind.Medical, D(2013, 6, 20), "Trung tâm Y tế huyện Hải Hà"))).Outcome);
        var supported = Figures(await commune.GetScorecardAsync("2013"));
        Assert.Equal((identified.Numerator + 1, identified.Denominator), supported);

        Assert.Equal(CommandOutcome.Accepted, (await person.WithdrawConsentAsync(new(Key(), Agencies.WomensUnion, ConsentKind.Support, D(2013, 7, 1), "Không muốn tiếp tục"))).Outcome);
        var again = await person.RecordSupportAsync(new(Key(), Agencies.Dolisa, SupportKind.VocationalTraining, D(2013, 7, 5), "Trung tâm dạy nghề"));

        AssertRefused(again, "consentRequired", "consent", version: 6);
        Assert.Contains("đã rút lại đồng ý nhận hỗ trợ ngày 01/07/2013", again.Error!.MessageVi, StringComparison.Ordinal);
        Assert.Contains("withdrew their consent to support on 2013-07-01", again.Error.MessageEn, StringComparison.Ordinal);
        var view = await person.GetAsync();
        Assert.Equal([SupportKind.Medical], view!.Support.Select(s => s.Kind));
        Assert.Equal(
            [new ConsentRecord(ConsentKind.Support, D(2013, 6, 18), "LDTBXH", "Ký biên bản đồng ý", D(2013, 7, 1), "Không muốn tiếp tục")],
            view.Consents.ToArray());
        Assert.Equal(
            [("consentGiven", D(2013, 6, 18), "support"), ("consentWithdrawn", D(2013, 7, 1), "support")],
            view.History.Where(h => h.Step.StartsWith("consent", StringComparison.Ordinal)).Select(h => (h.Step, h.Date, h.Detail)));
        Assert.Equal(supported, Figures(await commune.GetScorecardAsync("2013")));
    }

    [Fact]
    public async Task ConsentsGivenAtReceptionAreShownAndImpossibleConsentStepsAreRefusedChangingNothing()
    {
        var person = await _stages.ReceivedAsync(People.Reception(QuangLong, Stages.ReceivedOn, consentsToDataSharing: true));
        var received = await person.GetAsync();
        Assert.Equal(
            [(ConsentKind.Support, Stages.ReceivedOn, "BDBP", true, true), (ConsentKind.DataSharing, Stages.ReceivedOn, "BDBP", true, true)],
            received!.Consents.Select(c => (c.Kind, c.GivenOn, c.AgencyCode, c.InForce, c.WithReception)));
        // Given with the reception, they are part of its step: no step of their own.
        Assert.Equal(["received"], received.History.Select(h => h.Step));

        AssertRefused(await person.GiveConsentAsync(new(Key(), Agencies.Dolisa, ConsentKind.Support, D(2013, 5, 12))), "duplicate", "kind", 1);
        Assert.Equal(CommandOutcome.Accepted, (await person.WithdrawConsentAsync(new(Key(), Agencies.Dolisa, ConsentKind.DataSharing, D(2013, 5, 12)))).Outcome);
        AssertRefused(await person.WithdrawConsentAsync(new(Key(), Agencies.Dolisa, ConsentKind.DataSharing, D(2013, 5, 13))), "consentNotGiven", "kind", 2);
        AssertRefused(await person.GiveConsentAsync(new(Key(), Agencies.Dolisa, ConsentKind.DataSharing, D(2013, 5, 11))), "dateOutOfOrder", "givenOn", 2);
        AssertRefused(await person.WithdrawConsentAsync(new(Key(), Agencies.Dolisa, ConsentKind.Support, D(2013, 5, 9))), "dateOutOfOrder", "withdrawnOn", 2);
        AssertRefused(await person.GiveConsentAsync(new(Key(), Agencies.Dolisa, ConsentKind.DataSharing, D(2099, 1, 1))), "dateInFuture", "givenOn", 2);
        AssertRefused(await person.GiveConsentAsync(new(Key(), Agencies.Dolisa, (ConsentKind)7, D(2013, 5, 12))), "unknownValue", "kind", 2);

        var closed = await _stages.ConcludedAsync();
        Assert.Equal(CommandOutcome.Accepted, (await closed.CloseAsync(new(Key(), Agencies.Dolisa, D(2013, 7, 1), Reintegrated: false))).Outcome);
        AssertRefused(await closed.WithdrawConsentAsync(new(Key(), Agencies.Dolisa, ConsentKind.Support, D(2013, 7, 2))), "invalidTransition", "status", 4);

        var after = await person.GetAsync();
        Assert.Equal(
            [(ConsentKind.Support, true), (ConsentKind.DataSharing, false)],
            after!.Consents.Select(c => (c.Kind, c.InForce)));
    }

    private static (long Numerator, long Denominator) Figures(ScorecardView card) =>
        card.Indicators.Single(i => i.Code == "IND-13") is var indicator ? (indicator.Numerator, indicator.Denominator) : default;

    private static void AssertRefused(CommandResult result, string code, string field, long version)
    {
        Assert.Equal(CommandOutcome.Rejected, result.Outcome);
        Assert.Equal((code, field), (result.Error!.Code, result.Error.Field));
        Assert.Equal(version, result.Version);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.MessageVi));
        Assert.False(string.IsNullOrWhiteSpace(result.Error.MessageEn));
    }
}
