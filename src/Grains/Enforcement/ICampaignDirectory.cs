using AntiTrafficking.GrainInterfaces.Enforcement;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>The silo-internal side of a province's campaign list: each campaign pushes its latest view.</summary>
[Alias("AntiTrafficking.Enforcement.ICampaignDirectory")]
public interface ICampaignDirectory : IGrainWithStringKey
{
    /// <summary>Keeps the view when newer than the one held.</summary>
    [Alias("Update")]
    Task UpdateAsync(CampaignView campaign);
}
