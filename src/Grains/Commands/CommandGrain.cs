using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.Grains.Agencies;
using AntiTrafficking.Grains.Audit;
using AntiTrafficking.Grains.Reference;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AntiTrafficking.Grains.Commands;

/// <summary>
/// Runs commands the same way in every grain that takes them: the envelope, then the acting party's permission
/// (<see cref="CommandPermissions"/>: its role, and its district or agency against what the command acts on) before
/// anything else, so a direct grain-client call can do no more than the web; then replay of a known idempotency key
/// (scoped by caller: the same key from another user is another command; the same key from the same caller with
/// another command is refused as <c>idempotencyKeyReused</c>), validation before any change, one durable write, the grain's own follow-up (pushing a snapshot upward) and credit
/// to the acting agency. A refused command changes nothing. Every command, whatever its outcome, is written to the
/// audit trail before it is answered; if that write fails the caller gets an error and retries with the same key,
/// and the retry is audited as a duplicate.
/// </summary>
internal abstract class CommandGrain<TState>(IPersistentState<TState> state, ILogger logger) : Grain
    where TState : LedgerState, new()
{
    protected TState State => state.State;

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

    /// <param name="command">The command.</param>
    /// <param name="validate">Returns the first refusal, or null; must not change state.</param>
    /// <param name="apply">Applies the command to <see cref="State"/>; runs only after validation passed.</param>
    protected async Task<CommandResult> ExecuteAsync(ICommand command, Func<CommandRules, CommandError?> validate, Action apply)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var result = await ExecuteCoreAsync(command, validate, apply);
            outcome = OutcomeName(result.Outcome);
            return result;
        }
        finally
        {
            AntiTraffickingMetrics.RecordCommand(command.GetType().Name, outcome, Stopwatch.GetElapsedTime(started));
        }
    }

    private async Task<CommandResult> ExecuteCoreAsync(ICommand command, Func<CommandRules, CommandError?> validate, Action apply)
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
        // An entry stored before keys were scoped is the bare key with no fingerprint: it still answers its retry.
        if (State.Applied.TryGetValue(ledgerKey, out var version) || State.Applied.TryGetValue(ledgerKey = command.IdempotencyKey, out version))
        {
            if (State.Fingerprints.TryGetValue(ledgerKey, out var fingerprint) && !SameCommand(fingerprint, content))
            {
                return await RefuseAsync(command, Refusals.IdempotencyKeyReused());
            }

            // A retry may follow a failure after the write: finish the follow-ups, which are idempotent.
            return await FollowUpAsync(command, new CommandResult(CommandOutcome.Duplicate, version));
        }

        if (validate(rules) is { } error)
        {
            return await RefuseAsync(command, error);
        }

        apply();
        State.Version++;
        ledgerKey = $"{command.Actor.UserId} {command.IdempotencyKey}";
        State.Applied[ledgerKey] = State.Version;
        State.Fingerprints[ledgerKey] = Fingerprint(content);
        await WriteStateAsync();
        return await FollowUpAsync(command, new CommandResult(CommandOutcome.Accepted, State.Version));
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

    /// <summary>
    /// The follow-ups of a stored command, all finished before it is answered and run together (none depends on
    /// another): the grain's own (a snapshot to its parent), the agency's credit and the audit entry.
    /// </summary>
    private async Task<CommandResult> FollowUpAsync(ICommand command, CommandResult result)
    {
        await Task.WhenAll(OnCommittedAsync(), CreditAgencyAsync(command), AuditedAsync(command, result));
        return result;
    }

    /// <summary>Stores the state; when that fails, memory is ahead of storage, so the activation is dropped and the next call reloads.</summary>
    protected async Task WriteStateAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    private Task<CommandResult> RefuseAsync(ICommand command, CommandError error)
    {
        logger.LogInformation(
            "{Grain} {Key} refused {Command}: {Code} on {Field}",
            GetType().Name, this.GetPrimaryKeyString(), command.GetType().Name, error.Code, error.Field);
        return AuditedAsync(command, CommandResult.Rejected(State.Version, error));
    }

    /// <summary>Writes the audit entry for an act of this grain, naming its caller's source.</summary>
    protected Task AuditAsync(ActingParty? actor, string action, string outcome, string? code, string? idempotencyKey) =>
        ServiceProvider.GetRequiredService<IAuditTrail>().AppendAsync(AuditEntry.By(
            actor,
            action,
            this.GetGrainId().ToString(),
            outcome,
            code,
            State.Version,
            idempotencyKey,
            RequestContext.Get(AuditSource.RequestContextKey) as string ?? AuditSource.GrainClient));

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

    private async Task CreditAgencyAsync(ICommand command)
    {
        if (command.Actor.AgencyCode is not { } agency || ProvinceCode is not { } province)
        {
            return;
        }

        var key = ReferenceData.AgencyKey(province, agency);
        try
        {
            await GrainFactory.GetGrain<IAgencyActivity>(key).RecordAsync(command.IdempotencyKey, command.GetType().Name);
        }
        catch (Exception ex)
        {
            // The command itself is stored; its credit is informational and is sent again when the command is retried.
            logger.LogWarning(ex, "{Grain} {Key} could not credit agency {Agency}", GetType().Name, this.GetPrimaryKeyString(), key);
        }
    }
}
