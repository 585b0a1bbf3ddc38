using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Units;

namespace AntiTrafficking.Grains.Tests;

/// <summary>What every scenario needs: send a command that must be accepted, keep it to send again, and wait for the province.</summary>
internal sealed class ScenarioCommands(IGrainFactory grains, string province)
{
    private readonly List<Func<Task<CommandResult>>> _sent = [];

    /// <summary>Every command sent, to send again.</summary>
    public IReadOnlyList<Func<Task<CommandResult>>> Sent => _sent;

    public async Task SendAsync<T>(Func<T, Task<CommandResult>> send, T command)
    {
        var result = await send(command);
        Assert.True(result.Outcome == CommandOutcome.Accepted, $"{typeof(T).Name} refused: {result.Error}");
        _sent.Add(() => send(command));
    }

    /// <summary>
    /// Districts push to the province after a short coalescing delay: waits until the province holds the districts'
    /// latest snapshots plus the leaves known only to it (their versions summed in <paramref name="provinceLeaves"/>).
    /// </summary>
    public async Task WaitForProvinceAsync(long provinceLeaves, params string[] districts)
    {
        var expected = provinceLeaves;
        foreach (var district in districts)
        {
            expected += (await grains.GetGrain<IDistrictGrain>(district).GetScorecardAsync("2015")).Version;
        }

        await Eventually.ReturnsAsync(
            () => grains.GetGrain<IProvinceGrain>(province).GetScorecardAsync("2015"),
            card => card.Version == expected,
            "the province to hold its districts' latest snapshots and its own leaves",
            TimeSpan.FromSeconds(15));
    }
}
