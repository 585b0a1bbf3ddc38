namespace AntiTrafficking.Cluster.Tests.Infrastructure;

/// <summary>Waits for a condition with a deadline instead of sleeping a fixed time.</summary>
internal static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> read, Func<T, bool> condition, string awaited, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            T value;
            try
            {
                value = await read();
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
                continue;
            }

            if (condition(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"Timed out after {within.TotalSeconds:0.#} s waiting for {awaited}; last value: {value}.");
            }

            await Task.Delay(50);
        }
    }
}
