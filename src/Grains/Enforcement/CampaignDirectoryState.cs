using AntiTrafficking.GrainInterfaces.Enforcement;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>The latest view of each campaign of a province.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Enforcement.CampaignDirectoryState")]
public sealed class CampaignDirectoryState
{
    /// <summary>Views by campaign id.</summary>
    [Id(0)]
    public Dictionary<string, CampaignView> Campaigns { get; set; } = [];
}
