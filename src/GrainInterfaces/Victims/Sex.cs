namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>A received person's sex, as recorded at reception.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Victims.Sex")]
public enum Sex
{
    /// <summary>Nữ.</summary>
    Female,

    /// <summary>Nam.</summary>
    Male,
}
