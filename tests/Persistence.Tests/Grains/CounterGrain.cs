namespace AntiTrafficking.Persistence.Tests.Grains;

public sealed class CounterGrain([PersistentState("state", "main")] IPersistentState<CounterState> state)
    : Grain, ICounterGrain
{
    public async Task<int> IncrementAsync(string note, DateOnly day)
    {
        state.State.Count++;
        state.State.LastDay = day;
        state.State.Notes.Add(note);
        await state.WriteStateAsync();
        return state.State.Count;
    }

    public Task<CounterSnapshot> GetAsync() =>
        Task.FromResult(new CounterSnapshot(
            state.State.Count, state.State.LastDay, state.State.Notes.ToArray(), state.Etag, state.RecordExists));

    public Task ClearAsync() => state.ClearStateAsync();
}
