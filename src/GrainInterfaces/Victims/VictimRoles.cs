namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>
/// Which agency does which part of Project 3 (lead: DOLISA), checked from the acting party of every command and read.
/// </summary>
public static class VictimRoles
{
    /// <summary>The Department of Labour, Invalids and Social Affairs, Project 3's lead.</summary>
    public const string Dolisa = "LDTBXH";

    /// <summary>The provincial police.</summary>
    public const string Police = "CA";

    /// <summary>The border guard.</summary>
    public const string BorderGuard = "BDBP";

    /// <summary>The Department of Health.</summary>
    public const string Health = "YT";

    /// <summary>The Women's Union.</summary>
    public const string WomensUnion = "HLHPN";

    /// <summary>The Department of Justice (free legal aid).</summary>
    public const string Justice = "TP";

    /// <summary>Receiving returning persons, at border gates or inland.</summary>
    public static readonly IReadOnlyCollection<string> Receivers = [Police, BorderGuard, Dolisa];

    /// <summary>Verification and identification (Decree 62/2012).</summary>
    public static readonly IReadOnlyCollection<string> Verifiers = [Police, BorderGuard];

    /// <summary>Support services (Decree 09/2013); Justice gives free legal aid.</summary>
    public static readonly IReadOnlyCollection<string> Providers = [Dolisa, Health, WomensUnion, Justice, Police, BorderGuard];

    /// <summary>Protection measures and corrections of the home unit.</summary>
    public static readonly IReadOnlyCollection<string> Protectors = [Police, BorderGuard, Dolisa];

    /// <summary>The lead agency: assigns officers and closes records.</summary>
    public static readonly IReadOnlyCollection<string> Lead = [Dolisa];

    /// <summary>Case workers: the only agencies whose officers may read personal data (and be assigned).</summary>
    public static readonly IReadOnlyCollection<string> CaseWorkers = [Dolisa, Police, BorderGuard, Health, WomensUnion];

    /// <summary>True when <paramref name="party"/> acts for one of <paramref name="allowed"/>.</summary>
    public static bool Acts(ActingParty? party, IReadOnlyCollection<string> allowed) =>
        party?.AgencyCode is { } agency && allowed.Contains(agency);
}
