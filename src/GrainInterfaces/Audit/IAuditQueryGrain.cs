namespace AntiTrafficking.GrainInterfaces.Audit;

/// <summary>
/// Reading the audit trail (key 0; a stateless worker, so reads run on every silo). Administrators only: the reader's
/// role is checked on every call, and every call, granted or refused, is itself written to the trail
/// (see <see cref="AuditReads"/>) before anything is released.
/// </summary>
[Alias("AntiTrafficking.Audit.IAuditQueryGrain")]
public interface IAuditQueryGrain : IGrainWithIntegerKey
{
    /// <summary>One page of the entries matching the query, newest first, and the chain's verification.</summary>
    [Alias("Read")]
    Task<AuditReadResult> ReadAsync(AuditQuery query, ActingParty reader);

    /// <summary>
    /// Every entry matching the query, newest first, up to <see cref="AuditQuery.MaxExportRows"/> (the page and page
    /// size are ignored; <see cref="AuditPage.Total"/> tells how many matched).
    /// </summary>
    [Alias("Export")]
    Task<AuditReadResult> ExportAsync(AuditQuery query, ActingParty reader);
}

/// <summary>How reads of the audit trail are themselves recorded in it.</summary>
public static class AuditReads
{
    /// <summary>The action recorded for a page read.</summary>
    public const string ReadAction = "audit.read";

    /// <summary>The action recorded for an export.</summary>
    public const string ExportAction = "audit.export";

    /// <summary>The target recorded for reads of the trail.</summary>
    public const string Target = "audit";
}
