namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>Which agency does which part of Project 2, checked from the acting party of every command (see CommandPermissions).</summary>
public static class AgencyRoles
{
    /// <summary>The provincial police.</summary>
    public const string Police = "CA";

    /// <summary>The border guard.</summary>
    public const string BorderGuard = "BDBP";

    /// <summary>The people's procuracy.</summary>
    public const string Procuracy = "VKS";

    /// <summary>The people's court.</summary>
    public const string Court = "TA";

    /// <summary>Classification, verification, opening and investigating cases, key areas and campaigns.</summary>
    public static readonly IReadOnlyCollection<string> Investigators = [Police, BorderGuard];

    /// <summary>Sending cases to court.</summary>
    public static readonly IReadOnlyCollection<string> Prosecutors = [Procuracy];

    /// <summary>Trials, judgments, appeals and cassation.</summary>
    public static readonly IReadOnlyCollection<string> Courts = [Court];

    /// <summary>The three sectors of the joint crime statistics, in the order they are compared.</summary>
    public static readonly IReadOnlyList<string> ThreeSectors = [Police, Procuracy, Court];
}
