using AntiTrafficking.GrainInterfaces.Enforcement;
using static AntiTrafficking.Grains.Tests.Commands;
using static AntiTrafficking.Grains.Tests.Enforcement.Actors;

namespace AntiTrafficking.Grains.Tests.Enforcement;

/// <summary>Impossible steps of a tip's lifecycle are refused with a clear message and change nothing.</summary>
[Collection(ClusterCollection.Name)]
public sealed class TipRefusalTests(ClusterFixture fixture)
{
    private readonly Lifecycles _lifecycles = new(fixture.Grains);

    [Fact]
    public async Task ClassifyingATipTwiceDifferentlyIsRefusedAndChangesNothing()
    {
        var tip = await _lifecycles.TipAsync(TipClassification.SignsOfCrime);

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            tip.GetAsync, () => tip.ClassifyAsync(new(Key(), Police, D(2013, 3, 6), TipClassification.NoSigns)), "alreadyClassified", "classification");
        Assert.Equal(TipClassification.SignsOfCrime, (await tip.GetAsync())!.Classification);
    }

    [Fact]
    public async Task ClassifyingATipAgainTheSameWayUnderANewKeyIsRefusedToo()
    {
        var tip = await _lifecycles.TipAsync(TipClassification.NoSigns);

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            tip.GetAsync, () => tip.ClassifyAsync(new(Key(), Police, D(2013, 3, 5), TipClassification.NoSigns)), "alreadyClassified", "classification");
    }

    [Fact]
    public async Task ClassifyingBeforeTheReceiptDateIsRefused()
    {
        var tip = await _lifecycles.TipAsync();

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            tip.GetAsync, () => tip.ClassifyAsync(new(Key(), Police, D(2013, 2, 28), TipClassification.NoSigns)), "dateOutOfOrder", "classifiedOn");
    }

    [Fact]
    public async Task ConcludingAVerificationBeforeTheClassificationDateIsRefused()
    {
        var tip = await _lifecycles.TipAsync(TipClassification.SignsOfCrime);

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            tip.GetAsync, () => tip.ConcludeVerificationAsync(new(Key(), Police, D(2013, 3, 4), VerificationConclusion.Dismissed)), "dateOutOfOrder", "concludedOn");
    }

    [Fact]
    public async Task VerificationBeforeClassificationIsRefusedAndChangesNothing()
    {
        var tip = await _lifecycles.TipAsync();

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            tip.GetAsync, () => tip.ConcludeVerificationAsync(new(Key(), Police, D(2013, 4, 1), VerificationConclusion.CaseOpened)), "invalidTransition", "status");
    }

    [Theory]
    [InlineData(TipClassification.NoSigns)]
    [InlineData(TipClassification.Transferred)]
    public async Task VerifyingATipWithoutSignsOfCrimeIsRefused(TipClassification classification)
    {
        var tip = await _lifecycles.TipAsync(classification);

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            tip.GetAsync, () => tip.ConcludeVerificationAsync(new(Key(), Police, D(2013, 4, 1), VerificationConclusion.Dismissed)), "invalidTransition", "status");
    }

    [Fact]
    public async Task ConcludingAVerificationTwiceIsRefused()
    {
        var tip = await _lifecycles.TipAsync(TipClassification.SignsOfCrime);
        await Lifecycles.AcceptAsync(tip.ConcludeVerificationAsync(new(Key(), Police, D(2013, 4, 1), VerificationConclusion.Dismissed)));

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            tip.GetAsync, () => tip.ConcludeVerificationAsync(new(Key(), Police, D(2013, 4, 2), VerificationConclusion.CaseOpened)), "invalidTransition", "status");
    }

    [Fact]
    public async Task ClassifyingATipNeverReceivedIsRefused()
    {
        var tip = _lifecycles.NewTip();

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            tip.GetAsync, () => tip.ClassifyAsync(new(Key(), Police, D(2013, 3, 5), TipClassification.NoSigns)), "notRecorded", "tipId");
        Assert.Null(await tip.GetAsync());
    }

    [Fact]
    public async Task ReceivingTheSameTipAgainUnderANewKeyIsRefusedAsADuplicate()
    {
        var tip = await _lifecycles.TipAsync();

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            tip.GetAsync, () => tip.ReceiveAsync(new(Key(), Police, D(2013, 3, 1), Lifecycles.Commune, TipSource.Citizen)), "duplicate", "tipId");
    }

    [Fact]
    public async Task ATipFromAPlaceOutsideTheProvinceIsRefused()
    {
        var tip = _lifecycles.NewTip();

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            tip.GetAsync, () => tip.ReceiveAsync(new(Key(), Police, D(2013, 3, 1), "99999", TipSource.Citizen)), "unknownPlace", "unitCode");
    }

    [Fact]
    public async Task ATipReceivedInTheFutureIsRefused()
    {
        var tip = _lifecycles.NewTip();

        await _lifecycles.AssertRefusedAndUnchangedAsync(
            tip.GetAsync, () => tip.ReceiveAsync(new(Key(), Police, D(2026, 11, 29), Lifecycles.Commune, TipSource.Citizen)), "dateInFuture", "receivedOn");
    }

    [Fact]
    public async Task ATipOfAnUnknownProvinceIsRefused()
    {
        var tip = fixture.Grains.GetGrain<ITipGrain>("99:T-1");

        Lifecycles.AssertRefused(
            await tip.ReceiveAsync(new(Key(), Police, D(2013, 3, 1), "99", TipSource.Citizen)), "unknownUnit", "unitCode");
        Assert.Null(await tip.GetAsync());
    }
}
