using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Agencies;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Grains.Reference;

namespace AntiTrafficking.Grains.Agencies;

/// <summary>An agency: its profile comes from the province's agencies file, its activity from the commands it issued.</summary>
internal sealed class AgencyGrain(
    [PersistentState("agency", StorageNames.Main)] IPersistentState<AgencyState> state,
    ReferenceData reference) : Grain, IAgencyGrain, IAgencyActivity
{
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
        if (!state.State.Counted.Add(idempotencyKey))
        {
            return;
        }

        state.State.Activity[commandKind] = state.State.Activity.GetValueOrDefault(commandKind) + 1;
        await state.WriteStateAsync();
    }
}
