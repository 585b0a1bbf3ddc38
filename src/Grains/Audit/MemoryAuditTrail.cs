using AntiTrafficking.GrainInterfaces.Audit;

namespace AntiTrafficking.Grains.Audit;

/// <summary>The audit trail of the in-memory demo mode and the in-process tests: chained like the stored one, kept until the silo stops.</summary>
public sealed class MemoryAuditTrail(TimeProvider time) : IAuditTrail
{
    private readonly List<AuditRecord> _records = [];

    /// <summary>A copy of the records so far, in order.</summary>
    public IReadOnlyList<AuditRecord> Records
    {
        get
        {
            lock (_records)
            {
                return [.. _records];
            }
        }
    }

    public Task AppendAsync(AuditEntry entry)
    {
        Append(entry);
        return Task.CompletedTask;
    }

    /// <summary>Appends at once (the memory journal calls it under its own lock, so a row and its entry are added together).</summary>
    internal void Append(AuditEntry entry)
    {
        lock (_records)
        {
            _records.Add(AuditChain.Next(_records.Count == 0 ? ChainHead.Empty : _records[^1].Head, time.GetUtcNow(), entry));
        }
    }

    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var verifier = new AuditChain.Verifier();
        foreach (var record in Records)
        {
            verifier.Check(record);
        }

        return Task.FromResult(verifier.Result);
    }

    public Task<AuditSlice> QueryAsync(AuditQuery query, long skip, int take, CancellationToken cancellationToken = default)
    {
        var matching = Records.Where(r => AuditFilter.Matches(query, r)).Reverse().ToList();
        return Task.FromResult(new AuditSlice([.. matching.Skip((int)Math.Min(skip, int.MaxValue)).Take(take)], matching.Count));
    }
}
