namespace AntiTrafficking.Indicators;

/// <summary>One change of a dated measure: <paramref name="Delta"/> happened on <paramref name="Date"/>.</summary>
/// <param name="Date">The calendar date (Vietnam time) on which the change happened.</param>
/// <param name="Delta">The change: +1 for one more, −1 for one fewer, or any count.</param>
public readonly record struct SeriesPoint(DateOnly Date, long Delta);
