namespace AntiTrafficking.Indicators;

/// <summary>Calendar dates in Vietnam time (UTC+7, no daylight saving), used to refuse future dates.</summary>
public static class VietnamTime
{
    /// <summary>Vietnam's fixed offset from UTC.</summary>
    public static TimeSpan Offset { get; } = TimeSpan.FromHours(7);

    /// <summary>Today's date in Vietnam according to <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }

    /// <summary>The date in Vietnam at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
