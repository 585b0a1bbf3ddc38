namespace AntiTrafficking.Persistence.Tests.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>Adds one, remembers the note and the day, and writes the state.</summary>
    Task<int> IncrementAsync(string note, DateOnly day);

    Task<CounterSnapshot> GetAsync();

    Task ClearAsync();
}
