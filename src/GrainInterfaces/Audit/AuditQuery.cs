using AntiTrafficking.GrainInterfaces.Communication;

namespace AntiTrafficking.GrainInterfaces.Audit;

/// <summary>
/// Which audit entries to read, newest first. Every filter is optional; text filters match exactly, except
/// <paramref name="Target"/>, which matches the start of the target ("commune/" for every commune).
/// </summary>
/// <param name="From">Entries recorded at or after this time.</param>
/// <param name="To">Entries recorded before this time.</param>
/// <param name="Actor">The acting user or integration.</param>
/// <param name="Agency">The agency acted for.</param>
/// <param name="Action">The command's name (e.g. RegisterPerson), ReadPersonalData, audit.read or audit.export.</param>
/// <param name="Outcome">accepted, duplicate, rejected, granted or refused.</param>
/// <param name="Target">The start of the target grain's id, e.g. "commune/06649".</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Entries per page, 1 to <see cref="MaxPageSize"/>.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Audit.AuditQuery")]
public sealed record AuditQuery(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Actor = null,
    string? Agency = null,
    string? Action = null,
    string? Outcome = null,
    string? Target = null,
    int Page = 1,
    int PageSize = AuditQuery.DefaultPageSize)
{
    /// <summary>Entries per page unless the query says otherwise.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The most entries one page may hold.</summary>
    public const int MaxPageSize = 500;

    /// <summary>At most this many entries go into one export; a narrower filter gets the rest.</summary>
    public const int MaxExportRows = 50_000;

    /// <summary>The longest text a filter may hold (the stored columns are at most 300 characters).</summary>
    public const int MaxFilterLength = 300;

    /// <summary>How many entries the pages before this one hold.</summary>
    public long Skip => (long)(Page - 1) * PageSize;
}
