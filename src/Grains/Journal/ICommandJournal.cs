using AntiTrafficking.GrainInterfaces.Audit;
using AntiTrafficking.Grains.Audit;

namespace AntiTrafficking.Grains.Journal;

/// <summary>
/// The journal of what the command grains did: one row per accepted command (and per change a grain makes without a
/// command), appended in order under a position per grain, written in batches (many grains' rows share a commit) and
/// kept for ever. A grain's state is its latest snapshot plus the rows after the snapshot's position.
/// </summary>
public interface ICommandJournal
{
    /// <summary>
    /// Appends <paramref name="row"/> and, in the same transaction, the audit entry of the act it records. Completes
    /// once both are durable; <see cref="AppendOutcome.Conflict"/> when the stream already holds that position or that
    /// key (nothing was written); an exception when the database could not commit (nothing was acknowledged).
    /// </summary>
    Task<AppendOutcome> AppendAsync(JournalRow row, AuditEntry? audit);

    /// <summary>The rows of <paramref name="stream"/> after <paramref name="position"/>, in order.</summary>
    Task<IReadOnlyList<JournalRow>> ReadAfterAsync(string stream, long position, CancellationToken cancellationToken = default);

    /// <summary>Where <paramref name="key"/> (a caller-scoped idempotency key) was applied in <paramref name="stream"/>, or null.</summary>
    Task<JournalKey?> FindKeyAsync(string stream, string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// What the agency keyed <paramref name="agency"/> ("22:TTTT") has done: the <see cref="JournalRow.Credit"/> of every
    /// row appended, summed by activity.
    /// </summary>
    Task<IReadOnlyDictionary<string, long>> ActivityOfAsync(string agency, CancellationToken cancellationToken = default);

    /// <summary>Whether a row of <paramref name="stream"/> claimed <paramref name="claim"/> (a name unique in its grain, such as a survey's id).</summary>
    Task<bool> IsClaimedAsync(string stream, string claim, CancellationToken cancellationToken = default);
}

/// <summary>The answer to an append.</summary>
public enum AppendOutcome
{
    /// <summary>The row, its credit and its audit entry are committed.</summary>
    Appended,

    /// <summary>The position, the key or the claim was taken: nothing was written.</summary>
    Conflict,
}

/// <summary>
/// One row of a grain's journal.
/// </summary>
/// <param name="Stream">The grain (its id, e.g. "commune/07195").</param>
/// <param name="Position">The row's place in the stream: 1, 2, 3… with no gap.</param>
/// <param name="Kind">What the payload is: <see cref="JournalKinds"/>.</param>
/// <param name="Payload">The event (Orleans' serializer, which writes each type's alias), or empty for a key carried over from before the journal.</param>
/// <param name="Version">The grain's version (accepted commands) after the row.</param>
/// <param name="Key">The command's caller-scoped idempotency key, unique in the stream; null for changes without a command.</param>
/// <param name="Fingerprint">The command's fingerprint (a hash of its content), null for changes without a command.</param>
/// <param name="Claim">A name the command takes in its grain for ever (a survey's id: "survey:KS-1"), unique in the stream; null for most.</param>
/// <param name="Credit">The agency the row's command counts for, added to its activity in the row's transaction; null when none.</param>
public sealed record JournalRow(
    string Stream,
    long Position,
    string Kind,
    byte[] Payload,
    long Version,
    string? Key = null,
    string? Fingerprint = null,
    string? Claim = null,
    AgencyCredit? Credit = null);

/// <summary>What a row adds to an agency's activity: <paramref name="Count"/> (one for a command) of <paramref name="Activity"/> (the command's type name).</summary>
/// <param name="Agency">The agency's key: province and agency code, "22:TTTT".</param>
public sealed record AgencyCredit(string Agency, string Activity, long Count = 1);

/// <summary>Where a key was applied.</summary>
public sealed record JournalKey(long Position, long Version, string? Fingerprint);

/// <summary>The kinds of journal rows.</summary>
public static class JournalKinds
{
    /// <summary>An accepted command, applied again on activation.</summary>
    public const string Command = "command";

    /// <summary>A grain's whole state after an act (for a record whose state stays small: a tip, case or person).</summary>
    public const string State = "state";

    /// <summary>A change without a command (a leaf's snapshot reported to its unit), applied again on activation.</summary>
    public const string Event = "event";

    /// <summary>An idempotency key applied before the journal existed (carried over by the upgrade); nothing to apply.</summary>
    public const string Legacy = "legacy";
}
