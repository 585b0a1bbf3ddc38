namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>The purpose of the trafficking in a case.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Enforcement.TraffickingForm")]
public enum TraffickingForm
{
    /// <summary>For marriage.</summary>
    Marriage,

    /// <summary>For forced labour.</summary>
    Labour,

    /// <summary>For sexual exploitation.</summary>
    SexualExploitation,

    /// <summary>Any other purpose (organ removal, adoption…).</summary>
    Other,
}
