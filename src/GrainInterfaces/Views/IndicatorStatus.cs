namespace AntiTrafficking.GrainInterfaces.Views;

/// <summary>An indicator's status against its target (the scorecard colour).</summary>
[GenerateSerializer, Alias("AntiTrafficking.IndicatorStatus")]
public enum IndicatorStatus
{
    /// <summary>Denominator 0: nothing to score.</summary>
    NoData,

    /// <summary>Đạt: value at or above the target.</summary>
    Met,

    /// <summary>Gần đạt: within 10 points below the target.</summary>
    Near,

    /// <summary>Chưa đạt: more than 10 points below the target.</summary>
    Off,

    /// <summary>The period ends before the program starts: no target, nothing judged.</summary>
    BeforeProgram,
}
