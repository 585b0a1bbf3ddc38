namespace AntiTrafficking.Grains.Accounts;

/// <summary>The time for lockouts and key expiry: a clock of its own, as the calendar has, so tests can move it.</summary>
public sealed class AccountClock(TimeProvider time)
{
    /// <summary>Now.</summary>
    public DateTimeOffset Now() => time.GetUtcNow();
}
