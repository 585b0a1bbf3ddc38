namespace AntiTrafficking.Grains.Enforcement;

/// <summary>
/// Measures Project 2 produces beside the shared ones in <see cref="Indicators.Measures"/>; the program file shows
/// them as outputs. Each is +1 (or the count) on the date the event happened.
/// </summary>
internal static class EnforcementMeasures
{
    /// <summary>Cases sent to court by the Procuracy, on that date; unlike cases.prosecuted, never counts a retrial again.</summary>
    public const string CasesIndicted = "cases.indicted";

    /// <summary>Cases worked as a special project (chuyên án), on the first date recorded as such.</summary>
    public const string SpecialProjects = "cases.specialProjects";

    /// <summary>Suspects arrested while a case was investigated.</summary>
    public const string SuspectsArrested = "suspects.arrested";

    /// <summary>Mobile first-instance trials (xét xử lưu động).</summary>
    public const string MobileTrials = "trials.mobile";

    /// <summary>Peak campaigns, on their first day.</summary>
    public const string CampaignsHeld = "campaigns.held";

    /// <summary>Suspects arrested in peak campaigns.</summary>
    public const string CampaignArrests = "campaigns.arrests";

    /// <summary>Cases detected in peak campaigns.</summary>
    public const string CampaignCasesDetected = "campaigns.casesDetected";
}
