using AntiTrafficking.GrainInterfaces.Audit;
using AntiTrafficking.Grains.Audit;
using AntiTrafficking.Grains.Journal;

namespace AntiTrafficking.Bench;

/// <summary>
/// Audit trail and journal of the national-scale memory benchmark: chains and checks every entry as the stored trail
/// does, but keeps only the chain's head, and acknowledges journal rows without keeping them, as a silo does when the
/// rows themselves go to PostgreSQL (the in-memory demo journal would keep a million rows in the heap being measured);
/// the agencies' activity, a few sums, is kept as PostgreSQL keeps it.
/// </summary>
internal sealed class ChainOnlyAuditTrail(TimeProvider time) : IAuditTrail, ICommandJournal
{
    public Task<AppendOutcome> AppendAsync(JournalRow row, AuditEntry? audit)
    {
        if (audit is not null)
        {
            AppendAsync(audit);
        }

        if (row.Credit is { } credit)
        {
            lock (_activity)
            {
                _activity[(credit.Agency, credit.Activity)] = _activity.GetValueOrDefault((credit.Agency, credit.Activity)) + credit.Count;
            }
        }

        return Task.FromResult(AppendOutcome.Appended);
    }

    /// <summary>No row is kept: a grain activated again starts from its snapshot (which the benchmark's storage does not keep either).</summary>
    public Task<IReadOnlyList<JournalRow>> ReadAfterAsync(string stream, long position, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<JournalRow>>([]);

    public Task<JournalKey?> FindKeyAsync(string stream, string key, CancellationToken cancellationToken = default) =>
        Task.FromResult<JournalKey?>(null);

    public Task<bool> IsClaimedAsync(string stream, string claim, CancellationToken cancellationToken = default) => Task.FromResult(false);

    public Task<IReadOnlyDictionary<string, long>> ActivityOfAsync(string agency, CancellationToken cancellationToken = default)
    {
        lock (_activity)
        {
            IReadOnlyDictionary<string, long> activity = _activity.Where(a => a.Key.Agency == agency).ToDictionary(a => a.Key.Activity, a => a.Value);
            return Task.FromResult(activity);
        }
    }

    private readonly Dictionary<(string Agency, string Activity), long> _activity = [];

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
