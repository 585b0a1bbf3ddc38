using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Records;

/// <summary>What is due for a reader: the open records whose next step is overdue or due within the program's "soon" days.</summary>
/// <param name="Today">The day it was computed for (Vietnam time).</param>
/// <param name="Items">The records, soonest due first (at most <see cref="RecordQuery.MaxPageSize"/> of each kind).</param>
/// <param name="Overdue">How many are past their last day, of every kind.</param>
/// <param name="Soon">How many are due today or within the soon days.</param>
/// <param name="Error">The refusal of the reader, then no items.</param>
/// <param name="Referrals">The records referred to the reader's agency and not answered yet, and those it referred that are
/// pending or were answered in the last <see cref="RecentAnswerDays"/> days, each with its <see cref="RecordSummary.Referrals"/>;
/// latest referral first (at most <see cref="RecordQuery.MaxPageSize"/> of each kind and way). Not counted in <see cref="Overdue"/> or <see cref="Soon"/>.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Records.RecordInbox")]
public sealed record RecordInbox(DateOnly Today, ImmutableArray<RecordSummary> Items, int Overdue, int Soon, CommandError? Error = null, IReadOnlyList<RecordSummary>? Referrals = null)
{
    /// <summary>How long an answered referral stays in the referring agency's inbox.</summary>
    public const int RecentAnswerDays = 30;
}

/// <summary>How many open records of a unit are past the last day of their next step.</summary>
/// <param name="Tips">Tips not verified in time.</param>
/// <param name="Cases">Cases past the limit of their investigation, trial or judgment.</param>
/// <param name="Persons">Received persons whose verification is late.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Records.OverdueCounts")]
public sealed record OverdueCounts(int Tips, int Cases, int Persons);
