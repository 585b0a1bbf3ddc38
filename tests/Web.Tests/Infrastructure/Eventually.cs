namespace AntiTrafficking.Web.Tests.Infrastructure;

/// <summary>Waits for a condition with a deadline instead of sleeping a fixed time.</summary>
internal static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> read, Func<T, bool> condition, string awaited, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var value = await read();
            if (condition(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"Timed out after {within.TotalMilliseconds} ms waiting for {awaited}.");
            }

            await Task.Delay(10);
        }
    }
}
