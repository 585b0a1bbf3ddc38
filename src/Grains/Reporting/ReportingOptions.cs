namespace AntiTrafficking.Grains.Reporting;

/// <summary>How often the period-close reminder checks the calendar (configuration section "Reporting").</summary>
public sealed class ReportingOptions
{
    /// <summary>
    /// Interval of the persisted reminder that closes due periods: a period is snapshotted at the first check on or
    /// after its close date. Orleans refuses reminder periods below its minimum (one minute unless lowered).
    /// </summary>
    public TimeSpan CloseCheckInterval { get; set; } = TimeSpan.FromHours(1);
}
