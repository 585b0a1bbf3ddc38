namespace AntiTrafficking.GrainInterfaces;

/// <summary>
/// Where a call comes from, for the audit trail: set <see cref="RequestContextKey"/> in Orleans' RequestContext before
/// calling a grain (the web front end writes "web 10.0.0.5" or "api 10.0.0.5"; an agency integration its system's
/// name). Calls that set nothing are recorded as <see cref="GrainClient"/>.
/// </summary>
public static class AuditSource
{
    /// <summary>The RequestContext key holding the source of the call.</summary>
    public const string RequestContextKey = "audit-source";

    /// <summary>The source recorded when the caller named none.</summary>
    public const string GrainClient = "grain-client";
}
