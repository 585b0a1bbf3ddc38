namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>One period of the program in the reporting overview.</summary>
/// <param name="Period">The period.</param>
/// <param name="DueOn">The reports' deadline.</param>
/// <param name="ClosesOn">The snapshot date.</param>
/// <param name="Total">Completeness and timeliness over every reporter.</param>
/// <param name="Overdue">Reporters overdue.</param>
/// <param name="Closed">True once the snapshot is stored.</param>
/// <param name="Approved">True once the standing office approved (locked).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Reporting.PeriodSummary")]
public sealed record PeriodSummary(string Period, DateOnly DueOn, DateOnly ClosesOn, Tally Total, int Overdue, bool Closed, bool Approved);
