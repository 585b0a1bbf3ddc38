namespace AntiTrafficking.Indicators;

/// <summary>An indicator's status against its target (the scorecard colour).</summary>
public enum IndicatorStatus
{
    /// <summary>The denominator is zero: there is no value to judge.</summary>
    NoData,

    /// <summary>Đạt: the value is at least the target.</summary>
    Met,

    /// <summary>Gần đạt: below the target by at most 10 points.</summary>
    Near,

    /// <summary>Chưa đạt: more than 10 points below the target.</summary>
    Off,

    /// <summary>The period ends before the program starts: the plan sets no target, so nothing is judged.</summary>
    BeforeProgram,
}
