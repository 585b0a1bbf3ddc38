namespace AntiTrafficking.GrainInterfaces.Records;

/// <summary>A page of a list of records, with its filters; the newest first (by <see cref="RecordSummary.DatedOn"/>, then id).</summary>
/// <param name="Kind">Which records.</param>
/// <param name="DistrictCode">Only those of this district.</param>
/// <param name="Status">Only those in this status (camelCase, as in <see cref="RecordSummary.Status"/>).</param>
/// <param name="AgencyCode">Only those received or opened by this agency.</param>
/// <param name="Form">Cases only: only those of this form of trafficking.</param>
/// <param name="From">Only those dated on or after this day.</param>
/// <param name="To">Only those dated on or before this day.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Lines a page, 1 to <see cref="MaxPageSize"/>.</param>
/// <param name="DueBy">Only those whose next step is due on or before this day, soonest first (the inbox).</param>
/// <param name="Statuses">Only those in one of these statuses (the inbox: the steps the reader's agency takes).</param>
/// <param name="AccessibleTo">Persons: only those this agency has (<see cref="RecordSummary.Access"/>).</param>
/// <param name="ReferredTo">Only those with a pending referral to this agency.</param>
/// <param name="ReferredBy">Only those this agency referred (pending or answered).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Records.RecordQuery")]
public sealed record RecordQuery(
    RecordKind Kind,
    string? DistrictCode = null,
    string? Status = null,
    string? AgencyCode = null,
    string? Form = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1,
    int PageSize = RecordQuery.DefaultPageSize,
    DateOnly? DueBy = null,
    IReadOnlyList<string>? Statuses = null,
    string? AccessibleTo = null,
    string? ReferredTo = null,
    string? ReferredBy = null)
{
    /// <summary>Lines a page unless asked otherwise.</summary>
    public const int DefaultPageSize = 25;

    /// <summary>The most lines a page may hold.</summary>
    public const int MaxPageSize = 200;
}
