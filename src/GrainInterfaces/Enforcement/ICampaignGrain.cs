using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>A peak campaign (key: "{provinceCode}:{campaignId}"): dates, districts and results per district.</summary>
[Alias("AntiTrafficking.Enforcement.ICampaignGrain")]
public interface ICampaignGrain : IGrainWithStringKey
{
    /// <summary>Sets the campaign up (CA or BDBP).</summary>
    [Alias("Plan")]
    Task<CommandResult> PlanAsync(PlanCampaign command);

    /// <summary>Records results in one of its districts (CA or BDBP).</summary>
    [Alias("RecordResult")]
    Task<CommandResult> RecordResultAsync(RecordCampaignResult command);

    /// <summary>The campaign, or null when it has not been set up.</summary>
    [Alias("Get")]
    Task<CampaignView?> GetAsync();
}
