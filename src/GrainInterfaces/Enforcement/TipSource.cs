namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>Where a tip (tin báo, tố giác) came from.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Enforcement.TipSource")]
public enum TipSource
{
    /// <summary>Tin báo: information from a citizen.</summary>
    Citizen,

    /// <summary>Tố giác: a denunciation of a named person.</summary>
    Denunciation,

    /// <summary>Kiến nghị khởi tố: referral by another agency or organisation.</summary>
    AgencyReferral,

    /// <summary>Notice from a foreign police force, e.g. Guangxi's.</summary>
    ForeignPolice,
}
