using System.Collections.Immutable;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>A peak campaign and what it achieved.</summary>
/// <param name="CampaignId">Its identifier (the grain key without the province).</param>
/// <param name="Name">Its name.</param>
/// <param name="StartsOn">First day.</param>
/// <param name="EndsOn">Last day.</param>
/// <param name="DistrictCodes">The districts it covers.</param>
/// <param name="Results">Results recorded, per district and date.</param>
/// <param name="Version">Number of accepted commands.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.CampaignView")]
public sealed record CampaignView(
    string CampaignId,
    string Name,
    DateOnly StartsOn,
    DateOnly EndsOn,
    ImmutableArray<string> DistrictCodes,
    ImmutableArray<CampaignResult> Results,
    long Version)
{
    /// <summary>Suspects arrested in every district.</summary>
    public int Arrests => Results.Sum(r => r.Arrests);

    /// <summary>Cases detected in every district.</summary>
    public int CasesDetected => Results.Sum(r => r.CasesDetected);
}
