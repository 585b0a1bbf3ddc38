namespace AntiTrafficking.WebFrontend.Security;

/// <summary>Names of the authorization policies of pages and API endpoints (issue 7), one per kind of access.</summary>
public static class Policies
{
    /// <summary>Any signed-in user or API key.</summary>
    public const string SignedIn = "signedIn";

    /// <summary>Unsuppressed aggregates: leaders, analysts, officers, case workers, administrators.</summary>
    public const string Aggregates = "aggregates";

    /// <summary>Commands and data entry: agency officers, district officers, case workers.</summary>
    public const string DataEntry = "dataEntry";

    /// <summary>Victims' personal data: case workers.</summary>
    public const string CaseWorker = "caseWorker";

    /// <summary>Accounts, API keys, the audit trail and the Orleans dashboard.</summary>
    public const string Administrator = "administrator";
}
