namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>The outcome of a first-instance trial.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Enforcement.Verdict")]
public enum Verdict
{
    /// <summary>At least one defendant convicted.</summary>
    Convicted,

    /// <summary>Every defendant acquitted.</summary>
    Acquitted,
}
