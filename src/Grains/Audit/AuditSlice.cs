using AntiTrafficking.GrainInterfaces.Audit;

namespace AntiTrafficking.Grains.Audit;

/// <summary>Records read from the trail, newest first, and how many records match the query in all.</summary>
public sealed record AuditSlice(IReadOnlyList<AuditRecord> Records, long Total);

/// <summary>The meaning of an <see cref="AuditQuery"/>'s filters, shared by the trails that keep records in memory.</summary>
public static class AuditFilter
{
    /// <summary>True when the record passes every filter the query sets.</summary>
    public static bool Matches(AuditQuery query, AuditRecord record)
    {
        var entry = record.Entry;
        return (query.From is not { } from || record.RecordedAt >= from)
            && (query.To is not { } to || record.RecordedAt < to)
            && Is(query.Actor, entry.ActorUserId)
            && Is(query.Agency, entry.ActorAgency)
            && Is(query.Action, entry.Action)
            && Is(query.Outcome, entry.Outcome)
            && (string.IsNullOrEmpty(query.Target) || entry.Target.StartsWith(query.Target, StringComparison.Ordinal));
    }

    private static bool Is(string? wanted, string? value) => string.IsNullOrEmpty(wanted) || wanted == value;
}
