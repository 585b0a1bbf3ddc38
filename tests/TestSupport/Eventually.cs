namespace AntiTrafficking.TestSupport;

/// <summary>Waits for a condition with a deadline instead of sleeping a fixed time.</summary>
public static class Eventually
{
    private static readonly TimeSpan DefaultWithin = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan DefaultPoll = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// Reads again every <paramref name="pollEvery"/> (10 ms unless given) until <paramref name="condition"/> holds for
    /// what <paramref name="read"/> returned, and returns that; fails once <paramref name="within"/> (1 s unless given)
    /// has passed. A read that throws before the deadline is tried again (a silo or the database may be coming back);
    /// after it, its exception is the test's failure.
    /// </summary>
    public static async Task<T> ReturnsAsync<T>(
        Func<Task<T>> read, Func<T, bool> condition, string awaited, TimeSpan? within = null, TimeSpan? pollEvery = null)
    {
        var wait = within ?? DefaultWithin;
        var value = await PollAsync(read, condition, wait, pollEvery ?? DefaultPoll, retryFailedReads: true);
        return value.Done ? value.Value
            : throw new Xunit.Sdk.XunitException($"Timed out after {wait.TotalSeconds:0.###} s waiting for {awaited}; last value: {value.Value}.");
    }

    /// <summary>
    /// The same wait in the words of the persistence tests: reads every 100 ms, a read that throws fails at once, and
    /// the deadline passing throws a <see cref="TimeoutException"/>.
    /// </summary>
    public static async Task<T> WaitForAsync<T>(Func<Task<T>> probe, Func<T, bool> isDone, TimeSpan timeout, string what)
    {
        var value = await PollAsync(probe, isDone, timeout, TimeSpan.FromMilliseconds(100), retryFailedReads: false);
        return value.Done ? value.Value
            : throw new TimeoutException($"Gave up after {timeout.TotalSeconds:0} s waiting for {what}; last value: {value.Value}");
    }

    private static async Task<(bool Done, T Value)> PollAsync<T>(
        Func<Task<T>> read, Func<T, bool> condition, TimeSpan within, TimeSpan pollEvery, bool retryFailedReads)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            T value;
            try
            {
                value = await read();
            }
            catch (Exception) when (retryFailedReads && DateTime.UtcNow < deadline)
            {
                await Task.Delay(pollEvery);
                continue;
            }

            if (condition(value))
            {
                return (true, value);
            }

            if (DateTime.UtcNow >= deadline)
            {
                return (false, value);
            }

            await Task.Delay(pollEvery);
        }
    }
}
