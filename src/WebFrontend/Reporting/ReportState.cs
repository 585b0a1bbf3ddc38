namespace AntiTrafficking.WebFrontend.Reporting;

/// <summary>Where one unit's report for a period stands with the standing office.</summary>
public enum ReportState
{
    /// <summary>Nothing received.</summary>
    NotSubmitted,

    /// <summary>Received, the period not yet approved.</summary>
    Submitted,

    /// <summary>Its latest version is the one the approval covered.</summary>
    Approved,

    /// <summary>Changed (with a reason) after the approval.</summary>
    RevisedAfterApproval,
}
