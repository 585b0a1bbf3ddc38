using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Audit;

/// <summary>The answer to a read of the audit trail: a page, or why it was refused.</summary>
/// <param name="Page">The entries; null when refused.</param>
/// <param name="Error">The refusal (notPermitted, or a filter out of range); null when granted.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Audit.AuditReadResult")]
public sealed record AuditReadResult(AuditPage? Page, CommandError? Error = null)
{
    /// <summary>True when the page was released.</summary>
    public bool Granted => Error is null;
}
