using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.Grains.Commands;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>A peak campaign as set up, and its results.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Enforcement.CampaignState")]
public sealed class CampaignState : LedgerState
{
    /// <summary>Its name; null until set up.</summary>
    [Id(0)]
    public string? Name { get; set; }

    /// <summary>First day.</summary>
    [Id(1)]
    public DateOnly StartsOn { get; set; }

    /// <summary>Last day.</summary>
    [Id(2)]
    public DateOnly EndsOn { get; set; }

    /// <summary>The districts it covers.</summary>
    [Id(3)]
    public List<string> DistrictCodes { get; set; } = [];

    /// <summary>Results per district and date.</summary>
    [Id(4)]
    public List<CampaignResult> Results { get; set; } = [];
}
