using AntiTrafficking.GrainInterfaces;

namespace AntiTrafficking.Grains.Tests.Security;

/// <summary>
/// Everyone the role matrix tries: an officer of each of the province's 13 agencies, a case worker of each
/// case-working agency and of Justice (which has none), an officer of the district in scope (Vân Đồn, 203) and of
/// another (Hoành Bồ, 204), and a leader, an analyst, an administrator and a leader of the Police. Labels are
/// "ao:{agency}", "cw:{agency}", "do:in", "do:out", "leader", "analyst", "admin", "leader:CA".
/// </summary>
internal static class Parties
{
    public const string InDistrict = "203";
    public const string OutDistrict = "204";

    public static readonly string[] Agencies = ["CA", "BDBP", "VKS", "TA", "LDTBXH", "TTTT", "VHTTDL", "TP", "YT", "HLHPN", "KHDT", "TC", "MTTQ"];

    public static readonly IReadOnlyList<(string Label, ActingParty Party)> All =
    [
        .. Agencies.Select(a => ($"ao:{a}", new ActingParty($"matrix-ao-{a}", a))),
        .. new[] { "LDTBXH", "CA", "BDBP", "YT", "HLHPN", "TP" }.Select(a => ($"cw:{a}", new ActingParty($"matrix-cw-{a}", a, ActorRole.CaseWorker))),
        ("do:in", new ActingParty("matrix-do-in", null, ActorRole.DistrictOfficer, InDistrict)),
        ("do:out", new ActingParty("matrix-do-out", null, ActorRole.DistrictOfficer, OutDistrict)),
        ("leader", new ActingParty("matrix-leader", null, ActorRole.Leader)),
        ("analyst", new ActingParty("matrix-analyst", null, ActorRole.Analyst)),
        ("admin", new ActingParty("matrix-admin", null, ActorRole.Administrator)),
        ("leader:CA", new ActingParty("matrix-leader-ca", "CA", ActorRole.Leader)),
    ];

    public static ActingParty Get(string label) => All.Single(p => p.Label == label).Party;

    /// <summary>"ao", "cw", "do", or the label itself for the roles that act on nothing.</summary>
    public static string RoleOf(string label) => label.Split(':')[0];
}
