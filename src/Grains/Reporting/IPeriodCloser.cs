namespace AntiTrafficking.Grains.Reporting;

/// <summary>The silo-internal side of a reporting period: the office closes it.</summary>
[Alias("AntiTrafficking.Reporting.IPeriodCloser")]
public interface IPeriodCloser : IGrainWithStringKey
{
    /// <summary>Snapshots every scorecard of the period unless already done; idempotent.</summary>
    [Alias("Close")]
    Task CloseAsync();
}
