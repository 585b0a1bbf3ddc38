namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>What a peak campaign achieved in one district, as recorded on a date.</summary>
/// <param name="DistrictCode">A district of the campaign.</param>
/// <param name="RecordedOn">Date of the results, within the campaign.</param>
/// <param name="Arrests">Suspects arrested.</param>
/// <param name="CasesDetected">Trafficking cases or incidents detected.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.CampaignResult")]
public sealed record CampaignResult(string DistrictCode, DateOnly RecordedOn, int Arrests, int CasesDetected);
