namespace AntiTrafficking.Grains.Aggregation;

/// <summary>
/// A unit that tips, cases, key areas and persons attributed to it report to (a commune, or a district or the
/// province when the commune is unknown). The unit stores each leaf's latest snapshot with its own state, so its
/// totals survive restarts; a leaf that moves sends its old unit an empty snapshot with a newer version.
/// </summary>
[Alias("AntiTrafficking.ILeafSink")]
public interface ILeafSink : IGrainWithStringKey
{
    /// <summary>Stores the leaf's snapshot when newer than the one held and passes the change upward before returning.</summary>
    [Alias("ReportLeaf")]
    Task ReportLeafAsync(UnitSnapshot leaf);
}
