namespace AntiTrafficking.Persistence.Tests.Grains;

/// <summary>A second grain class using the same state name as <see cref="ICounterGrain"/>.</summary>
public interface ITallyGrain : IGrainWithStringKey
{
    Task<int> GetCountAsync();
}
