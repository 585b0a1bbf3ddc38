using Orleans.Placement;

namespace AntiTrafficking.Persistence.Tests.Grains;

/// <summary>Placed at random so that a handful of activations lands on every silo.</summary>
[RandomPlacement]
public sealed class WhereAmIGrain(ILocalSiloDetails silo) : Grain, IWhereAmIGrain
{
    public Task<string> GetSiloAsync() => Task.FromResult(silo.SiloAddress.ToString());
}
