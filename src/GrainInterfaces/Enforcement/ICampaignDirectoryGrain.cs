using System.Collections.Immutable;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>The peak campaigns of a province (key: province code, e.g. "22").</summary>
[Alias("AntiTrafficking.Enforcement.ICampaignDirectoryGrain")]
public interface ICampaignDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Every campaign of the province, by start date.</summary>
    [Alias("GetCampaigns")]
    Task<ImmutableArray<CampaignView>> GetCampaignsAsync();
}
