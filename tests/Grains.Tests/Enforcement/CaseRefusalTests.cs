using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using static AntiTrafficking.Grains.Tests.Commands;
using static AntiTrafficking.Grains.Tests.Enforcement.Actors;

namespace AntiTrafficking.Grains.Tests.Enforcement;

/// <summary>Impossible steps of a case's lifecycle are refused with a clear message and change nothing.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CaseRefusalTests(ClusterFixture fixture)
{
    private readonly Lifecycles _lifecycles = new(fixture.Grains);

    [Fact]
    public async Task TrialBeforeProsecutionIsRefusedAndChangesNothing()
    {
        var @case = await _lifecycles.CaseAsync(CaseStatus.Investigating);

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            @case.GetAsync, () => @case.RecordTrialAsync(new(Key(), Court, D(2013, 6, 1), Verdict.Convicted, 1)), "invalidTransition", "status");
        var result = await @case.RecordTrialAsync(new(Key(), Court, D(2013, 6, 1), Verdict.Convicted, 1));
        Assert.Contains("under investigation", result.Error!.MessageEn);
        Assert.Contains("chưa được truy tố", result.Error.MessageVi);
    }

    [Fact]
    public async Task ProsecutingACaseNeverOpenedIsRefused()
    {
        var @case = _lifecycles.NewCase();

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            @case.GetAsync, () => @case.ProsecuteAsync(new(Key(), Procuracy, D(2013, 3, 1), 1)), "notRecorded", "caseId");
    }

    [Fact]
    public async Task OpeningACaseTwiceIsRefusedAsADuplicate()
    {
        var @case = await _lifecycles.CaseAsync(CaseStatus.Investigating);

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            @case.GetAsync,
            () => @case.OpenAsync(new(Key(), Police, D(2013, 1, 10), Lifecycles.Commune, 2, TraffickingForm.Marriage, Abroad: true)),
            "duplicate",
            "caseId");
    }

    [Theory]
    [InlineData(CaseStatus.Investigating, "recordedOn")]
    [InlineData(CaseStatus.Investigating, "sentToCourtOn")]
    [InlineData(CaseStatus.AwaitingTrial, "triedOn")]
    [InlineData(CaseStatus.Tried, "inForceOn")]
    [InlineData(CaseStatus.Tried, "decidedOn")]
    [InlineData(CaseStatus.InForce, "overturnedOn")]
    public async Task AStepDatedBeforeThePreviousStepIsRefused(CaseStatus status, string field)
    {
        var @case = await _lifecycles.CaseAsync(status);
        var early = D(2013, 1, 9); // before the case was even opened

        Task<CommandResult> Send() => field switch
        {
            "recordedOn" => @case.RecordInvestigationAsync(new(Key(), Police, early, 1, 0, false)),
            "sentToCourtOn" => @case.ProsecuteAsync(new(Key(), Procuracy, early, 1)),
            "triedOn" => @case.RecordTrialAsync(new(Key(), Court, early, Verdict.Convicted, 1)),
            "inForceOn" => @case.RecordJudgmentInForceAsync(new(Key(), Court, early)),
            "decidedOn" => @case.RecordAppealJudgmentAsync(new(Key(), Court, early, AppealOutcome.Upheld)),
            _ => @case.OverturnJudgmentAsync(new(Key(), Court, early, Wrongful: true, RetrialOrdered: false)),
        };

        await _lifecycles.AssertRefusedAndUnchangedAsync(@case.GetAsync, Send, "dateOutOfOrder", field);
    }

    [Fact]
    public async Task AJudgmentInForceIsNotRecordedTwice()
    {
        var @case = await _lifecycles.CaseAsync(CaseStatus.InForce);

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            @case.GetAsync, () => @case.RecordJudgmentInForceAsync(new(Key(), Court, D(2013, 6, 1))), "invalidTransition", "status");
    }

    [Fact]
    public async Task AnAppealAgainstAJudgmentAlreadyInForceIsRefused()
    {
        var @case = await _lifecycles.CaseAsync(CaseStatus.InForce);

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            @case.GetAsync, () => @case.RecordAppealJudgmentAsync(new(Key(), Court, D(2013, 6, 1), AppealOutcome.SetAside)), "invalidTransition", "status");
    }

    [Fact]
    public async Task OverturningAJudgmentNotYetInForceIsRefused()
    {
        var @case = await _lifecycles.CaseAsync(CaseStatus.Tried);

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            @case.GetAsync, () => @case.OverturnJudgmentAsync(new(Key(), Court, D(2013, 6, 1), Wrongful: true, RetrialOrdered: true)), "invalidTransition", "status");
    }

    [Fact]
    public async Task AClosedCaseIsNotTriedAgain()
    {
        var @case = await _lifecycles.CaseAsync(CaseStatus.Closed);

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            @case.GetAsync, () => @case.RecordTrialAsync(new(Key(), Court, D(2013, 10, 1), Verdict.Convicted, 1)), "invalidTransition", "status");
    }

    [Fact]
    public async Task InvestigationResultsAfterTheCaseWasSentToCourtAreRefused()
    {
        var @case = await _lifecycles.CaseAsync(CaseStatus.AwaitingTrial);

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            @case.GetAsync, () => @case.RecordInvestigationAsync(new(Key(), Police, D(2013, 4, 1), 1, 1, false)), "invalidTransition", "status");
    }

    [Theory]
    [InlineData(Verdict.Acquitted, 1)]
    [InlineData(Verdict.Convicted, 0)]
    public async Task AVerdictThatContradictsThePeopleConvictedIsRefused(Verdict verdict, int convicted)
    {
        var @case = await _lifecycles.CaseAsync(CaseStatus.AwaitingTrial);

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            @case.GetAsync, () => @case.RecordTrialAsync(new(Key(), Court, D(2013, 5, 1), verdict, convicted)), "verdictMismatch", "peopleConvicted");
    }

    [Fact]
    public async Task ConvictingMorePeopleThanWereProsecutedIsRefused()
    {
        var @case = await _lifecycles.CaseAsync(CaseStatus.AwaitingTrial);

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            @case.GetAsync, () => @case.RecordTrialAsync(new(Key(), Court, D(2013, 5, 1), Verdict.Convicted, 3)), "exceeds", "peopleConvicted");
    }

    [Fact]
    public async Task ATrialDatedInTheFutureIsRefused()
    {
        var @case = await _lifecycles.CaseAsync(CaseStatus.AwaitingTrial);

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            @case.GetAsync, () => @case.RecordTrialAsync(new(Key(), Court, D(2026, 12, 1), Verdict.Convicted, 1)), "dateInFuture", "triedOn");
    }

    [Fact]
    public async Task ACaseOpenedBefore2011IsRefused()
    {
        var @case = _lifecycles.NewCase();

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            @case.GetAsync,
            () => @case.OpenAsync(new(Key(), Police, D(2010, 12, 31), Lifecycles.Commune, 1, TraffickingForm.Labour, Abroad: false)),
            "dateBeforeProgram",
            "openedOn");
    }

    [Fact]
    public async Task ACaseWithoutSuspectsIsRefused()
    {
        var @case = _lifecycles.NewCase();

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            @case.GetAsync,
            () => @case.OpenAsync(new(Key(), Police, D(2013, 1, 10), Lifecycles.Commune, 0, TraffickingForm.Labour, Abroad: false)),
            "notPositive",
            "suspects");
    }
}
