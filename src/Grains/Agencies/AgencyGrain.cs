using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Agencies;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Grains.Reference;
using Orleans.Concurrency;

namespace AntiTrafficking.Grains.Agencies;

/// <summary>
/// An agency: its profile comes from the province's agencies file, its activity from the commands it issued. A unit
/// credits a command again when the command is retried (in case the first credit was lost with a silo), so the agency
/// remembers the keys it counted; only the most recent <see cref="AgencyState.KeysRemembered"/>, because retries follow within
/// minutes and a ledger of every key would make each credit rewrite a row that grows for the program's five years.
/// Every command of an agency anywhere in the province credits this one grain, so it takes credits concurrently and
/// stores those that arrive during a write with the next one (<see cref="CoalescedWrites"/>) instead of one write each.
/// </summary>
[Reentrant]
internal sealed class AgencyGrain(
    [PersistentState("agency", StorageNames.Main)] IPersistentState<AgencyState> state,
    ReferenceData reference) : Grain, IAgencyGrain, IAgencyActivity
{
    private HashSet<string>? _counted;
    private CoalescedWrites? _writes;

    public Task<AgencyProfile> GetProfileAsync()
    {
        var key = this.GetPrimaryKeyString();
        if (!reference.Agencies.TryGetValue(key, out var info))
        {
            throw new UnknownUnitException(key);
        }

        return Task.FromResult(new AgencyProfile(
            info.Code, info.NameVi, info.NameEn, info.Projects, state.State.Activity.ToImmutableDictionary()));
    }

    public async Task RecordAsync(string idempotencyKey, string commandKind)
    {
        var keys = state.State.Counted;
        _counted ??= [.. keys];
        if (!_counted.Add(idempotencyKey))
        {
            return;
        }

        keys.Add(idempotencyKey);
        if (keys.Count > AgencyState.KeysRemembered)
        {
            _counted.Remove(keys[0]);
            keys.RemoveAt(0);
        }

        state.State.Activity[commandKind] = state.State.Activity.GetValueOrDefault(commandKind) + 1;
        _writes ??= new CoalescedWrites(WriteAsync);
        await _writes.StoreAsync();
    }

    private async Task WriteAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Memory is ahead of storage: start again from what is stored.
            DeactivateOnIdle();
            throw;
        }
    }
}
