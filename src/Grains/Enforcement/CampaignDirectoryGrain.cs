using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Enforcement;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>A province's peak campaigns, kept from the versioned views the campaigns push, so repeats change nothing.</summary>
internal sealed class CampaignDirectoryGrain(
    [PersistentState("campaignDirectory", StorageNames.Main)] IPersistentState<CampaignDirectoryState> state)
    : Grain, ICampaignDirectoryGrain, ICampaignDirectory
{
    public Task<ImmutableArray<CampaignView>> GetCampaignsAsync() =>
        Task.FromResult(state.State.Campaigns.Values
            .OrderBy(c => c.StartsOn).ThenBy(c => c.CampaignId, StringComparer.Ordinal)
            .ToImmutableArray());

    public async Task UpdateAsync(CampaignView campaign)
    {
        if (state.State.Campaigns.TryGetValue(campaign.CampaignId, out var held) && held.Version >= campaign.Version)
        {
            return;
        }

        state.State.Campaigns[campaign.CampaignId] = campaign;
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
}
