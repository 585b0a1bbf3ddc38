using AntiTrafficking.GrainInterfaces.Audit;
using AntiTrafficking.Grains.Audit;

namespace AntiTrafficking.Grains.Journal;

/// <summary>The journal of the in-memory demo mode and the in-process tests: kept until the silo stops, appended with its audit entry under one lock.</summary>
public sealed class MemoryJournal(MemoryAuditTrail audit) : ICommandJournal
{
    private readonly Dictionary<string, List<JournalRow>> _streams = [];
    private readonly Dictionary<(string Stream, string Key), JournalKey> _keys = [];
    private readonly HashSet<(string Stream, string Claim)> _claims = [];
    private readonly Dictionary<(string Agency, string Activity), long> _activity = [];

    /// <summary>Number of rows held, over every stream.</summary>
    public long Count
    {
        get
        {
            lock (_streams)
            {
                return _streams.Values.Sum(s => (long)s.Count);
            }
        }
    }

    public async Task<AppendOutcome> AppendAsync(JournalRow row, AuditEntry? entry)
    {
        lock (_streams)
        {
            if (!_streams.TryGetValue(row.Stream, out var rows))
            {
                _streams[row.Stream] = rows = [];
            }

            if (rows.Any(r => r.Position == row.Position)
                || (row.Key is { } taken && _keys.ContainsKey((row.Stream, taken)))
                || (row.Claim is { } claimed && _claims.Contains((row.Stream, claimed))))
            {
                return AppendOutcome.Conflict;
            }

            rows.Add(row);
            if (row.Claim is { } claim)
            {
                _claims.Add((row.Stream, claim));
            }

            if (row.Key is { } key)
            {
                _keys[(row.Stream, key)] = new JournalKey(row.Position, row.Version, row.Fingerprint);
            }

            if (row.Credit is { } credit)
            {
                _activity[(credit.Agency, credit.Activity)] = _activity.GetValueOrDefault((credit.Agency, credit.Activity)) + credit.Count;
            }

            if (entry is not null)
            {
                audit.Append(entry);
            }
        }

        await Task.Yield();
        return AppendOutcome.Appended;
    }

    public Task<IReadOnlyList<JournalRow>> ReadAfterAsync(string stream, long position, CancellationToken cancellationToken = default)
    {
        lock (_streams)
        {
            IReadOnlyList<JournalRow> after = _streams.TryGetValue(stream, out var rows)
                ? [.. rows.Where(r => r.Position > position).OrderBy(r => r.Position)]
                : [];
            return Task.FromResult(after);
        }
    }

    public Task<IReadOnlyDictionary<string, long>> ActivityOfAsync(string agency, CancellationToken cancellationToken = default)
    {
        lock (_streams)
        {
            IReadOnlyDictionary<string, long> activity = _activity.Where(a => a.Key.Agency == agency).ToDictionary(a => a.Key.Activity, a => a.Value);
            return Task.FromResult(activity);
        }
    }

    public Task<bool> IsClaimedAsync(string stream, string claim, CancellationToken cancellationToken = default)
    {
        lock (_streams)
        {
            return Task.FromResult(_claims.Contains((stream, claim)));
        }
    }

    public Task<JournalKey?> FindKeyAsync(string stream, string key, CancellationToken cancellationToken = default)
    {
        lock (_streams)
        {
            return Task.FromResult(_keys.TryGetValue((stream, key), out var found) ? found : null);
        }
    }
}
