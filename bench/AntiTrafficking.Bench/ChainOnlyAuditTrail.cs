using AntiTrafficking.GrainInterfaces.Audit;
using AntiTrafficking.Grains.Audit;

namespace AntiTrafficking.Bench;

/// <summary>
/// Audit trail of the national-scale memory benchmark: chains and checks every entry as the stored trail does, but
/// keeps only the chain's head, as a silo does when the records themselves go to PostgreSQL (the in-memory demo
/// trail would keep a million records in the heap being measured).
/// </summary>
internal sealed class ChainOnlyAuditTrail(TimeProvider time) : IAuditTrail
{
    private readonly AuditChain.Verifier _verifier = new();
    private ChainHead _head = ChainHead.Empty;

    public Task AppendAsync(AuditEntry entry)
    {
        lock (_verifier)
        {
            var record = AuditChain.Next(_head, time.GetUtcNow(), entry);
            _verifier.Check(record);
            _head = record.Head;
        }

        return Task.CompletedTask;
    }

    /// <summary>Every record was checked as it was appended: the result of those checks.</summary>
    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        lock (_verifier)
        {
            return Task.FromResult(_verifier.Result);
        }
    }

    /// <summary>No record is kept, so no query finds one; the benchmark never reads the trail.</summary>
    public Task<AuditSlice> QueryAsync(AuditQuery query, long skip, int take, CancellationToken cancellationToken = default) =>
        Task.FromResult(new AuditSlice([], 0));
}
