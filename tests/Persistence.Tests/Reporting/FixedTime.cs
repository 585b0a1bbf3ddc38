namespace AntiTrafficking.Persistence.Tests.Reporting;

/// <summary>A clock that always reads the same instant; only the calendar uses it, never Orleans' timers.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
