using AntiTrafficking.Indicators;

namespace AntiTrafficking.Grains;

/// <summary>
/// Today's date in Vietnam, for refusing future-dated events. A clock of its own rather than the container's
/// <see cref="TimeProvider"/>, which Orleans also uses for timers: tests fix the calendar without stopping timers.
/// </summary>
public sealed class CalendarClock(TimeProvider time)
{
    /// <summary>Today's calendar date in Vietnam (UTC+7).</summary>
    public DateOnly Today() => VietnamTime.Today(time);
}
