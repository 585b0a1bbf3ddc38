using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Records;

/// <summary>A page of a list of records, or why it was refused.</summary>
/// <param name="Items">The lines of this page.</param>
/// <param name="Total">How many records match the filters, on every page.</param>
/// <param name="Page">This page, from 1.</param>
/// <param name="PageSize">Lines a page.</param>
/// <param name="Error">The refusal (the reader may not list these records, or a filter is invalid); then no items.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Records.RecordPage")]
public sealed record RecordPage(ImmutableArray<RecordSummary> Items, int Total, int Page, int PageSize, CommandError? Error = null)
{
    /// <summary>A refused list.</summary>
    public static RecordPage Refused(CommandError error) => new([], 0, 1, 0, error);
}
