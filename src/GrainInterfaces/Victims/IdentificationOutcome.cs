namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>The conclusion of a verification (Decree 62/2012).</summary>
[GenerateSerializer, Alias("AntiTrafficking.Victims.IdentificationOutcome")]
public enum IdentificationOutcome
{
    /// <summary>Identified as a victim of trafficking; a certificate is issued.</summary>
    Victim,

    /// <summary>Not a victim.</summary>
    NotVictim,
}
