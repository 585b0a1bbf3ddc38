using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Audit;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.Grains.Audit;
using AntiTrafficking.Grains.Journal;
using AntiTrafficking.Grains.Reference;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Storage;

namespace AntiTrafficking.Grains.Commands;

/// <summary>
/// Runs commands the same way in every grain that takes them: the envelope, then the acting party's permission
/// (<see cref="CommandPermissions"/>: its role, and its district or agency against what the command acts on) before
/// anything else, so a direct grain-client call can do no more than the web; then replay of a known idempotency key
/// (scoped by caller: the same key from another user is another command; the same key from the same caller with
/// another command is refused as <c>idempotencyKeyReused</c>), validation before any change, one append to the
/// journal (<see cref="ICommandJournal"/>) with the command's audit entry and the acting agency's credit in the same
/// transaction, then the grain's own follow-up (pushing a snapshot upward). A refused command changes nothing.
/// </summary>
/// <remarks>
/// <para>
/// The grain's stored state is a snapshot (its <see cref="LedgerState.Position"/> says which journal rows it holds)
/// written every <see cref="SnapshotEvery"/> rows, after <see cref="SnapshotAfter"/> with rows not in it, and on
/// deactivation; on activation the rows after it are applied again, before the grain's own activation runs. Memory
/// keeps the idempotency keys of the latest <see cref="LedgerState.RecentKeys"/> commands; the journal keeps every
/// key for ever, unique per grain, so an older retried key is found there and answers its first outcome.
/// </para>
/// <para>
/// A grain stores each act in one of two ways. A unit whose history keeps growing (a commune, a district) journals
/// the command itself and applies it after the append (<see cref="ExecuteAsync(ICommand, Func{CommandRules, CommandError?})"/>
/// with <see cref="Apply"/>), so a row costs what the command weighs, whatever came before. A record whose state stays
/// small (a tip, a case, a person, a catalog) journals its whole new state (<see cref="ExecuteAsync(ICommand, Func{CommandRules, CommandError?}, Action)"/>):
/// the change is made on a copy, which replaces the state only once the row is committed; a person's identity is in
/// it only sealed.
/// </para>
/// <para>
/// When the journal already holds the position a write asked for, another activation of this grain wrote since this
/// one read (a split cluster, a silo taken for dead): the state is read again and the command checked again on it,
/// never merged. When the database cannot commit, nothing is acknowledged and the state is unchanged: the caller gets
/// an error and retries with the same key, which then counts once.
/// </para>
/// </remarks>
internal abstract class CommandGrain<TState> : Grain
    where TState : LedgerState, new()
{
    /// <summary>Rows after which a snapshot is written.</summary>
    internal const int SnapshotEvery = 1000;

    /// <summary>How long rows may stay out of the snapshot.</summary>
    internal static readonly TimeSpan SnapshotAfter = TimeSpan.FromSeconds(60);

    private readonly IPersistentState<TState> _state;
    private readonly ILogger _logger;
    private long _snapshotPosition;
    private IGrainTimer? _snapshotTimer;

    protected CommandGrain(IPersistentState<TState> state, ILogger logger)
    {
        _state = state;
        _logger = logger;

        // After the snapshot is read (SetupState) and before the grain's own OnActivateAsync: catch up with the journal.
        // On deactivation, after the grain's own work: the snapshot is brought up to date.
        GrainContext.ObservableLifecycle.Subscribe(
            GetType().FullName!, GrainLifecycleStage.SetupState + 1, CatchUpAsync, SnapshotOnDeactivationAsync);
    }

    protected TState State => _state.State;

    private ICommandJournal Journal => ServiceProvider.GetRequiredService<ICommandJournal>();

    /// <summary>This grain's stream in the journal.</summary>
    protected string Stream => this.GetGrainId().ToString();

    /// <summary>Envelope and date rules, or null when the grain's key is not a known unit.</summary>
    protected abstract CommandRules? Rules { get; }

    /// <summary>The province whose agencies may act here.</summary>
    protected abstract string? ProvinceCode { get; }

    /// <summary>What <paramref name="command"/> acts on, for its permission (district and agency scope); none by default.</summary>
    protected virtual PermissionTarget TargetOf(ICommand command) => PermissionTarget.None;

    /// <summary>The record this grain holds: the part of its key after the province ("22:{id}"), or the whole key of a unit.</summary>
    private string RecordId => this.GetPrimaryKeyString() is var key && key.IndexOf(':') is >= 0 and var colon ? key[(colon + 1)..] : key;

    /// <summary>Called after an accepted command is stored, and again when it is retried; must be idempotent.</summary>
    protected abstract Task OnCommittedAsync();

    /// <summary>
    /// Applies a journaled command or event to <see cref="State"/>: after its append, and again on activation for the rows
    /// after the snapshot. It must depend on nothing but the state and the event. Grains that journal their whole state
    /// never get here.
    /// </summary>
    protected virtual void Apply(object @event) =>
        throw new InvalidOperationException($"{GetType().Name} journals its state, not {@event.GetType().Name}");

    /// <summary>
    /// A name <paramref name="command"/> takes in this grain for ever (a survey's id), claimed with its journal row, so
    /// that the state need not keep every such name to refuse a second use; null for most commands.
    /// </summary>
    protected virtual string? ClaimOf(ICommand command) => null;

    /// <summary>
    /// What an accepted <paramref name="command"/> changes, for its audit entry, read from the state before it is applied
    /// (validation has passed): a correction's field, before and after; null for every other command.
    /// </summary>
    protected virtual FieldChange? ChangeOf(ICommand command) => null;

    /// <summary>The refusal of a command whose <see cref="ClaimOf"/> an earlier command took.</summary>
    protected virtual CommandError ClaimTaken(ICommand command) => throw new InvalidOperationException($"{command.GetType().Name} claims nothing");

    /// <summary>Called after the state was read again (another activation had written): drop what was derived from the old one.</summary>
    protected virtual void OnStateReloaded()
    {
    }

    /// <summary>Runs a command whose row is the command itself, applied by <see cref="Apply"/> once the row is committed.</summary>
    /// <param name="command">The command.</param>
    /// <param name="validate">Returns the first refusal, or null; must not change state.</param>
    protected Task<CommandResult> ExecuteAsync(ICommand command, Func<CommandRules, CommandError?> validate) =>
        MeasuredAsync(command, () => ExecuteCoreAsync(command, validate, apply: null));

    /// <summary>Runs a command whose row is the grain's whole new state, made by <paramref name="apply"/> on a copy.</summary>
    /// <param name="command">The command.</param>
    /// <param name="validate">Returns the first refusal, or null; must not change state.</param>
    /// <param name="apply">Applies the command to <see cref="State"/>; runs only after validation passed.</param>
    protected Task<CommandResult> ExecuteAsync(ICommand command, Func<CommandRules, CommandError?> validate, Action apply) =>
        MeasuredAsync(command, () => ExecuteCoreAsync(command, validate, apply));

    private static async Task<CommandResult> MeasuredAsync(ICommand command, Func<Task<CommandResult>> run)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var result = await run();
            outcome = OutcomeName(result.Outcome);
            return result;
        }
        finally
        {
            AntiTraffickingMetrics.RecordCommand(command.GetType().Name, outcome, Stopwatch.GetElapsedTime(started));
        }
    }

    private async Task<CommandResult> ExecuteCoreAsync(ICommand command, Func<CommandRules, CommandError?> validate, Action? apply)
    {
        // Before anything else: a key or id that could not be stored or audited is refused, never half-applied.
        if ((Identifiers.CheckKey("idempotencyKey", command.IdempotencyKey) ?? Identifiers.CheckId("id", RecordId)) is { } malformed)
        {
            return await RefuseAsync(command, malformed);
        }

        if (Rules is not { } rules)
        {
            return await RefuseAsync(command, Refusals.UnknownUnit(this.GetPrimaryKeyString()));
        }

        if (rules.CheckEnvelope(command) is { } envelopeError)
        {
            return await RefuseAsync(command, envelopeError);
        }

        if (rules.Authorize(CommandPermissions.For(command.GetType()), command.Actor, TargetOf(command), "actor") is { } denied)
        {
            return await RefuseAsync(command, denied);
        }

        var content = ContentOf(command);
        var ledgerKey = $"{command.Actor.UserId} {command.IdempotencyKey}";
        for (var attempt = 1; ; attempt++)
        {
            // An entry stored before keys were scoped is the bare key with no fingerprint: it still answers its retry.
            if (State.Applied.TryGetValue(ledgerKey, out var version))
            {
                return await DuplicateAsync(command, content, version, State.Fingerprints.GetValueOrDefault(ledgerKey));
            }

            if (State.Applied.TryGetValue(command.IdempotencyKey, out version))
            {
                return await DuplicateAsync(command, content, version, State.Fingerprints.GetValueOrDefault(command.IdempotencyKey));
            }

            if (validate(rules) is { } error)
            {
                // A key older than those kept in memory answers its first outcome, not a refusal on today's state.
                return (await Journal.FindKeyAsync(Stream, ledgerKey) ?? await Journal.FindKeyAsync(Stream, command.IdempotencyKey)) is { } old
                    ? await DuplicateAsync(command, content, old.Version, old.Fingerprint)
                    : await RefuseAsync(command, error);
            }

            var fingerprint = Fingerprint(content);
            var accepted = AuditEntryFor(command.Actor, command.GetType().Name, AuditActions.Accepted, null, State.Version + 1, command.IdempotencyKey);
            if (ChangeOf(command) is { } change)
            {
                accepted = accepted.Changing(change.Field, change.Before, change.After);
            }

            var claim = ClaimOf(command);
            var credit = CreditOf(command);
            var committed = apply is null
                ? await AppendEventAsync(JournalKinds.Command, command, State.Version + 1, ledgerKey, fingerprint, accepted, claim, credit)
                : await AppendStateAsync(apply, State.Version + 1, ledgerKey, fingerprint, accepted, claim, credit);
            if (committed)
            {
                return await FollowUpAsync(new CommandResult(CommandOutcome.Accepted, State.Version));
            }

            if (await Journal.FindKeyAsync(Stream, ledgerKey) is { } stored)
            {
                // The key was applied long ago (beyond the keys kept in memory), or by another activation.
                await ReloadAsync();
                return await DuplicateAsync(command, content, stored.Version, stored.Fingerprint);
            }

            if (claim is not null && await Journal.IsClaimedAsync(Stream, claim))
            {
                return await RefuseAsync(command, ClaimTaken(command));
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException($"{GetType().Name}: the journal kept refusing the next position after reading the state again");
            }

            _logger.LogWarning("{Grain} {Key}: another activation wrote to the journal; reading the state again", GetType().Name, this.GetPrimaryKeyString());
            await ReloadAsync();
        }
    }

    /// <summary>
    /// Journals a change that no command carries (a leaf's snapshot reported to a unit) and applies it with
    /// <see cref="Apply"/> once committed; when another activation wrote first, reads the state again and applies it there.
    /// </summary>
    protected async Task RecordEventAsync(object @event)
    {
        for (var attempt = 1; !await AppendEventAsync(JournalKinds.Event, @event, State.Version, null, null, null); attempt++)
        {
            if (attempt == 3)
            {
                throw new InvalidOperationException($"{GetType().Name}: the journal kept refusing the next position after reading the state again");
            }

            await ReloadAsync();
        }
    }

    /// <summary>
    /// Journals a change of a grain that stores its whole state (the trace of a read of personal data), made by
    /// <paramref name="change"/> on a copy, with <paramref name="audit"/> in the same transaction.
    /// </summary>
    protected async Task RecordStateAsync(Action change, AuditEntry audit)
    {
        for (var attempt = 1; !await AppendStateAsync(change, State.Version, null, null, audit); attempt++)
        {
            if (attempt == 3)
            {
                throw new InvalidOperationException($"{GetType().Name}: the journal kept refusing the next position after reading the state again");
            }

            await ReloadAsync();
        }
    }

    private async Task<bool> AppendEventAsync(
        string kind, object @event, long version, string? key, string? fingerprint, AuditEntry? audit, string? claim = null, AgencyCredit? credit = null)
    {
        var serializer = ServiceProvider.GetRequiredService<Serializer>();
        var row = new JournalRow(Stream, State.Position + 1, kind, serializer.SerializeToArray(@event), version, key, fingerprint, claim, credit);
        if (await Journal.AppendAsync(row, audit) != AppendOutcome.Appended)
        {
            return false;
        }

        Applied(row, @event);
        await AfterAppendAsync();
        return true;
    }

    private async Task<bool> AppendStateAsync(
        Action change, long version, string? key, string? fingerprint, AuditEntry? audit, string? claim = null, AgencyCredit? credit = null)
    {
        var before = _state.State;
        var after = ServiceProvider.GetRequiredService<DeepCopier>().Copy(before);
        _state.State = after;
        try
        {
            change();
            after.Version = version;
            after.Position++;
            if (key is not null)
            {
                after.Remember(key, version, fingerprint);
            }

            var serializer = ServiceProvider.GetRequiredService<Serializer>();
            var row = new JournalRow(Stream, after.Position, JournalKinds.State, serializer.SerializeToArray(after), version, key, fingerprint, claim, credit);
            if (await Journal.AppendAsync(row, audit) != AppendOutcome.Appended)
            {
                _state.State = before;
                return false;
            }
        }
        catch
        {
            _state.State = before;
            throw;
        }

        await AfterAppendAsync();
        return true;
    }

    /// <summary>Applies a row's event to the state and moves its position (after an append, and on activation).</summary>
    private void Applied(JournalRow row, object? @event)
    {
        if (@event is not null)
        {
            Apply(@event);
        }

        State.Position = row.Position;
        State.Version = row.Version;
        if (row.Key is { } key)
        {
            State.Remember(key, row.Version, row.Fingerprint);
        }
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        if (State.Position == 0 && State.Applied.Count > 0)
        {
            await CarryOverKeysAsync();
        }

        await ReplayAsync(cancellationToken);
    }

    /// <summary>
    /// The upgrade of a state written before the journal, which holds every idempotency key it ever applied: the keys
    /// become the stream's first rows (<see cref="JournalKinds.Legacy"/>, in the order of the versions they produced),
    /// and the state, trimmed to the recent keys, becomes the snapshot of those rows. Done before the grain answers
    /// anything; a second attempt (after a failure) finds the same rows already there.
    /// </summary>
    private async Task CarryOverKeysAsync()
    {
        var keys = State.Applied.OrderBy(a => a.Value).ToList();
        var rows = keys.Select((applied, i) => new JournalRow(
            Stream, i + 1, JournalKinds.Legacy, [], applied.Value, applied.Key, State.Fingerprints.GetValueOrDefault(applied.Key)));
        await Task.WhenAll(rows.Select(row => Journal.AppendAsync(row, null)));
        State.Position = keys.Count;
        foreach (var (key, version) in keys)
        {
            State.Remember(key, version, State.Fingerprints.GetValueOrDefault(key));
        }

        await _state.WriteStateAsync();
        _logger.LogInformation("{Grain} {Key}: {Count} idempotency keys carried over into the journal", GetType().Name, this.GetPrimaryKeyString(), keys.Count);
    }

    private async Task ReplayAsync(CancellationToken cancellationToken = default)
    {
        _snapshotPosition = State.Position;
        var rows = await Journal.ReadAfterAsync(Stream, State.Position, cancellationToken);
        if (rows.Count == 0)
        {
            return;
        }

        var serializer = ServiceProvider.GetRequiredService<Serializer>();
        foreach (var row in rows)
        {
            switch (row.Kind)
            {
                case JournalKinds.State:
                    _state.State = serializer.Deserialize<TState>(row.Payload)!;
                    break;
                case JournalKinds.Command or JournalKinds.Event:
                    Applied(row, serializer.Deserialize<object>(row.Payload));
                    break;
                default:
                    Applied(row, null);
                    break;
            }
        }

        ScheduleSnapshot();
    }

    /// <summary>Reads the snapshot and the journal after it again, as a new activation would.</summary>
    private async Task ReloadAsync()
    {
        await _state.ReadStateAsync();
        await ReplayAsync();
        OnStateReloaded();
    }

    private async Task AfterAppendAsync()
    {
        if (State.Position - _snapshotPosition >= SnapshotEvery)
        {
            await SnapshotAsync();
        }
        else
        {
            ScheduleSnapshot();
        }
    }

    private void ScheduleSnapshot() =>
        _snapshotTimer ??= this.RegisterGrainTimer(SnapshotIfBehindAsync, new GrainTimerCreationOptions(SnapshotAfter, SnapshotAfter) { KeepAlive = false });

    private Task SnapshotIfBehindAsync(CancellationToken cancellationToken) =>
        State.Position > _snapshotPosition ? SnapshotAsync() : Task.CompletedTask;

    private Task SnapshotOnDeactivationAsync(CancellationToken cancellationToken) =>
        State.Position > _snapshotPosition ? SnapshotAsync() : Task.CompletedTask;

    /// <summary>
    /// Writes the state as the snapshot of the rows so far. A failure loses nothing (the rows are in the journal) and is
    /// tried again later; a snapshot written meanwhile by another activation means this one is stale, and it is dropped.
    /// </summary>
    private async Task SnapshotAsync()
    {
        var position = State.Position;
        try
        {
            await _state.WriteStateAsync();
            _snapshotPosition = position;
        }
        catch (InconsistentStateException ex)
        {
            _logger.LogWarning(ex, "{Grain} {Key}: its snapshot was written by another activation; this one is dropped", GetType().Name, this.GetPrimaryKeyString());
            DeactivateOnIdle();
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "{Grain} {Key}: its snapshot could not be written; the journal holds its rows", GetType().Name, this.GetPrimaryKeyString());
        }
    }

    private async Task<CommandResult> DuplicateAsync(ICommand command, byte[] content, long version, string? fingerprint)
    {
        if (fingerprint is not null && !SameCommand(fingerprint, content))
        {
            return await RefuseAsync(command, Refusals.IdempotencyKeyReused());
        }

        // A retry may follow a failure after the write: finish the follow-ups, which are idempotent.
        var result = new CommandResult(CommandOutcome.Duplicate, version);
        await Task.WhenAll(FollowUpAsync(result), AuditedAsync(command, result));
        return result;
    }

    /// <summary>What identifies a command apart from its key: its type, its caller and its body without the key (JSON).</summary>
    private static byte[] ContentOf(ICommand command)
    {
        var body = JsonSerializer.SerializeToNode(command, command.GetType(), JsonSerializerOptions.Web)!.AsObject();
        body.Remove("idempotencyKey");
        return Encoding.UTF8.GetBytes($"{command.GetType().Name}\n{command.Actor.UserId}\n{body.ToJsonString()}");
    }

    /// <summary>The fingerprint kept with an applied key: SHA-256 of the command's content; a grain whose commands carry personal data keys it.</summary>
    protected virtual string Fingerprint(byte[] content) => Convert.ToHexString(SHA256.HashData(content));

    /// <summary>True when <paramref name="content"/> is the command whose <see cref="Fingerprint"/> was stored.</summary>
    protected virtual bool SameCommand(string fingerprint, byte[] content) => fingerprint == Fingerprint(content);

    /// <summary>The follow-up of a stored command, finished before it is answered: the grain's own (a snapshot to its parent).</summary>
    private async Task<CommandResult> FollowUpAsync(CommandResult result)
    {
        await OnCommittedAsync();
        return result;
    }

    private Task<CommandResult> RefuseAsync(ICommand command, CommandError error)
    {
        _logger.LogInformation(
            "{Grain} {Key} refused {Command}: {Code} on {Field}",
            GetType().Name, this.GetPrimaryKeyString(), command.GetType().Name, error.Code, error.Field);
        return AuditedAsync(command, CommandResult.Rejected(State.Version, error));
    }

    /// <summary>Writes the audit entry for an act of this grain, naming its caller's source.</summary>
    protected Task AuditAsync(ActingParty? actor, string action, string outcome, string? code, string? idempotencyKey) =>
        ServiceProvider.GetRequiredService<IAuditTrail>().AppendAsync(AuditEntryFor(actor, action, outcome, code, State.Version, idempotencyKey));

    /// <summary>The audit entry for an act of this grain at <paramref name="version"/>, naming its caller's source.</summary>
    protected AuditEntry AuditEntryFor(ActingParty? actor, string action, string outcome, string? code, long version, string? idempotencyKey) =>
        AuditEntries.By(
            actor,
            action,
            Stream,
            outcome,
            code,
            version,
            idempotencyKey,
            RequestContext.Get(AuditSource.RequestContextKey) as string ?? AuditSource.GrainClient);

    private async Task<CommandResult> AuditedAsync(ICommand command, CommandResult result)
    {
        await AuditAsync(command.Actor, command.GetType().Name, OutcomeName(result.Outcome), result.Error?.Code, command.IdempotencyKey);
        return result;
    }

    private static string OutcomeName(CommandOutcome outcome) => outcome switch
    {
        CommandOutcome.Accepted => AuditActions.Accepted,
        CommandOutcome.Duplicate => AuditActions.Duplicate,
        _ => AuditActions.Rejected,
    };

    /// <summary>
    /// The acting agency's credit for <paramref name="command"/>: counted with its journal row, in the same transaction,
    /// so exactly once however often the command is retried.
    /// </summary>
    private AgencyCredit? CreditOf(ICommand command) =>
        command.Actor.AgencyCode is { } agency && ProvinceCode is { } province
            ? new AgencyCredit(ReferenceData.AgencyKey(province, agency), command.GetType().Name)
            : null;
}
