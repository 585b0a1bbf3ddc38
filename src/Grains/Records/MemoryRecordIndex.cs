using System.Collections.Concurrent;
using AntiTrafficking.GrainInterfaces.Records;

namespace AntiTrafficking.Grains.Records;

/// <summary>The record index in memory (tests, demo mode): the same filters and order as the PostgreSQL one.</summary>
public sealed class MemoryRecordIndex : IRecordIndex
{
    private readonly ConcurrentDictionary<(string Province, RecordKind Kind, string Id), RecordSummary> _lines = new();

    public Task UpsertAsync(string provinceCode, RecordSummary summary)
    {
        _lines.AddOrUpdate(
            (provinceCode, summary.Kind, summary.Id),
            summary,
            (_, existing) => existing.Version > summary.Version ? existing : summary);
        return Task.CompletedTask;
    }

    public Task<(IReadOnlyList<RecordSummary> Items, int Total)> QueryAsync(string provinceCode, RecordQuery query)
    {
        var matching = _lines
            .Where(l => l.Key.Province == provinceCode && l.Key.Kind == query.Kind)
            .Select(l => l.Value)
            .Where(s => query.DistrictCode is null || s.DistrictCode == query.DistrictCode)
            .Where(s => query.Status is null || s.Status == query.Status)
            .Where(s => query.AgencyCode is null || s.AgencyCode == query.AgencyCode)
            .Where(s => query.Form is null || s.Form == query.Form)
            .Where(s => query.From is not { } from || s.DatedOn >= from)
            .Where(s => query.To is not { } to || s.DatedOn <= to)
            .Where(s => query.DueBy is not { } dueBy || s.DueOn <= dueBy)
            .Where(s => query.Statuses is not { } statuses || statuses.Contains(s.Status))
            .Where(s => query.AccessibleTo is not { } agency || (s.Access?.Contains(agency) ?? false))
            .Where(s => query.ReferredTo is not { } to || (s.Referrals?.Any(r => r.ToAgency == to && r.Status == ReferralStatus.Pending) ?? false))
            .Where(s => query.ReferredBy is not { } by || (s.Referrals?.Any(r => r.FromAgency == by) ?? false));
        var ordered = query.DueBy is null
            ? matching.OrderByDescending(s => s.DatedOn).ThenBy(s => s.Id, StringComparer.Ordinal)
            : matching.OrderBy(s => s.DueOn).ThenBy(s => s.Id, StringComparer.Ordinal);
        var lines = ordered.ToList();
        IReadOnlyList<RecordSummary> page = [.. lines.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)];
        return Task.FromResult((page, lines.Count));
    }
}
