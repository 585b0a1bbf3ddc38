using System.Collections.Immutable;

namespace AntiTrafficking.GrainInterfaces.Audit;

/// <summary>A page of audit entries, newest first, with how many match and whether the whole chain is intact.</summary>
/// <param name="Entries">The entries of the page.</param>
/// <param name="Total">How many entries match the filters.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Entries per page.</param>
/// <param name="Chain">The result of re-checking every hash of the chain when the page was read.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Audit.AuditPage")]
public sealed record AuditPage(ImmutableArray<AuditEntry> Entries, long Total, int Page, int PageSize, AuditChainStatus Chain)
{
    /// <summary>How many pages the matching entries fill (at least 1).</summary>
    public long Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The chain as verified: how many records were read, and the first that does not fit, if any.</summary>
/// <param name="Records">Records checked.</param>
/// <param name="FirstBrokenSequence">The first record whose number, link or hash is wrong; null when intact.</param>
/// <param name="CheckedAt">When the check ran (UTC).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Audit.AuditChainStatus")]
public sealed record AuditChainStatus(long Records, long? FirstBrokenSequence, DateTimeOffset CheckedAt)
{
    /// <summary>True when every record fits the chain.</summary>
    public bool Intact => FirstBrokenSequence is null;
}
