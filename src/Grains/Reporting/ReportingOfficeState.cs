namespace AntiTrafficking.Grains.Reporting;

/// <summary>The periods already closed and the reminder interval registered, so that each close happens once.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Reporting.ReportingOfficeState")]
public sealed class ReportingOfficeState
{
    /// <summary>Periods whose snapshot is stored.</summary>
    [Id(0)]
    public HashSet<string> Closed { get; set; } = [];

    /// <summary>The interval the close reminder was registered with (zero: none yet).</summary>
    [Id(1)]
    public TimeSpan ReminderInterval { get; set; }
}
