namespace AntiTrafficking.Persistence.Tests.Grains;

public sealed class TallyGrain([PersistentState("state", "main")] IPersistentState<CounterState> state)
    : Grain, ITallyGrain
{
    public Task<int> GetCountAsync() => Task.FromResult(state.State.Count);
}
