namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>Age at reception (year of reception minus birth year), the only age kept in clear.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Victims.AgeGroup")]
public enum AgeGroup
{
    /// <summary>Under 16 (a child under Law 66/2011).</summary>
    Under16,

    /// <summary>16 or 17.</summary>
    From16To17,

    /// <summary>18 to 30.</summary>
    From18To30,

    /// <summary>Over 30.</summary>
    Over30,
}
