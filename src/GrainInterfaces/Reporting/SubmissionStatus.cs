namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>Where a reporter stands for one period.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Reporting.SubmissionStatus")]
public enum SubmissionStatus
{
    /// <summary>Not received, and the deadline has not passed (chưa đến hạn).</summary>
    Pending,

    /// <summary>First received on or before the deadline (đúng hạn).</summary>
    OnTime,

    /// <summary>First received after the deadline (muộn).</summary>
    Late,

    /// <summary>Not received, and the deadline has passed (quá hạn).</summary>
    Overdue,
}
