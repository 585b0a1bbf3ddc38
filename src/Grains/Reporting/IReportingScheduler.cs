namespace AntiTrafficking.Grains.Reporting;

/// <summary>The silo-internal side of the reporting office: the close reminder is registered at silo start.</summary>
[Alias("AntiTrafficking.Reporting.IReportingScheduler")]
public interface IReportingScheduler : IGrainWithStringKey
{
    /// <summary>Registers the close reminder unless it is already registered with the configured interval.</summary>
    [Alias("EnsureScheduled")]
    Task EnsureScheduledAsync();
}
