using AntiTrafficking.GrainInterfaces.Agencies;
using AntiTrafficking.Grains.Agencies;
using static AntiTrafficking.Grains.Tests.Commands;

namespace AntiTrafficking.Grains.Tests;

/// <summary>An agency's activity counts each command once however often its unit credits it, with a bounded ledger of keys.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AgencyActivityTests(ClusterFixture fixture)
{
    private const string Kind = "LedgerProbe";

    [Fact]
    public async Task CreditsRepeatedForRecentCommandsCountOnceAndTheLedgerForgetsOnlyTheOldest()
    {
        var activity = fixture.Grains.GetGrain<IAgencyActivity>("22:HLHPN");
        var keys = Enumerable.Range(0, AgencyState.KeysRemembered + 76).Select(_ => Key()).ToList();
        foreach (var key in keys)
        {
            await activity.RecordAsync(key, Kind);
        }

        // The retries a unit sends when a command is retried: the recent keys are remembered.
        foreach (var key in keys.TakeLast(AgencyState.KeysRemembered))
        {
            await activity.RecordAsync(key, Kind);
        }

        Assert.Equal(keys.Count, await CountedAsync());

        // The oldest key is no longer held (the ledger is bounded), so a credit this late counts again.
        await activity.RecordAsync(keys[0], Kind);
        Assert.Equal(keys.Count + 1, await CountedAsync());
    }

    private async Task<long> CountedAsync() =>
        (await fixture.Grains.GetGrain<IAgencyGrain>("22:HLHPN").GetProfileAsync()).Activity[Kind];
}
