using AntiTrafficking.GrainInterfaces.Reporting;

namespace AntiTrafficking.Grains.Reporting;

/// <summary>The close snapshot of a period, written once; kept apart from the reports so that a report does not rewrite it.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Reporting.PeriodSnapshotState")]
public sealed class PeriodSnapshotState
{
    /// <summary>The snapshot, or null while the period is open.</summary>
    [Id(0)]
    public PeriodSnapshot? Snapshot { get; set; }
}
