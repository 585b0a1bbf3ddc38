using AntiTrafficking.GrainInterfaces.Audit;

namespace AntiTrafficking.Grains.Audit;

/// <summary>The append-only, hash-chained record of every command and every read of personal data.</summary>
public interface IAuditTrail
{
    /// <summary>Completes once the entry is durably recorded; a failure means it was not, and the caller must not acknowledge.</summary>
    Task AppendAsync(AuditEntry entry);

    /// <summary>Re-reads the whole chain and recomputes every hash.</summary>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The records matching the query's filters, newest first: <paramref name="take"/> of them after skipping
    /// <paramref name="skip"/>, with the number matching in all. The query's own page and page size are not read.
    /// </summary>
    Task<AuditSlice> QueryAsync(AuditQuery query, long skip, int take, CancellationToken cancellationToken = default);
}
