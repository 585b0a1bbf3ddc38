namespace AntiTrafficking.Indicators;

/// <summary>Which dated changes of a measure count for a period.</summary>
public enum MeasureWindow
{
    /// <summary>Changes dated on or before the period end: a cumulative level (program file: <c>asOfEnd</c>).</summary>
    AsOfEnd,

    /// <summary>Changes dated within the period, both ends included: a flow (program file: <c>period</c>).</summary>
    Period,

    /// <summary>Changes dated before the period start (program file: <c>beforeStart</c>).</summary>
    BeforeStart,
}
