using AntiTrafficking.GrainInterfaces;

namespace AntiTrafficking.Web.Tests.Infrastructure;

/// <summary>One acting party per role, as the role × action matrix and the security tests use them.</summary>
internal static class Parties
{
    /// <summary>Leader of the Steering Committee: every aggregate, no data entry.</summary>
    public static readonly ActingParty Leader = new("leader-web", null, ActorRole.Leader);

    /// <summary>Analyst: every aggregate, no data entry.</summary>
    public static readonly ActingParty Analyst = new("analyst-web", null, ActorRole.Analyst);

    /// <summary>District officer of Hạ Long (193), whose communes include Hà Khánh (06649).</summary>
    public static readonly ActingParty HaLongOfficer = new("officer-193", null, ActorRole.DistrictOfficer, "193");

    /// <summary>District officer of Móng Cái (194): Hạ Long's communes are out of their scope.</summary>
    public static readonly ActingParty MongCaiOfficer = new("officer-194", null, ActorRole.DistrictOfficer, "194");

    /// <summary>Officer of the Department of Information and Communications (TTTT, lead of Project 1).</summary>
    public static readonly ActingParty InformationOfficer = new("ic-web", "TTTT", ActorRole.AgencyOfficer);

    /// <summary>Victim case worker of the Department of Labour (LDTBXH).</summary>
    public static readonly ActingParty CaseWorker = new("cw-web", "LDTBXH", ActorRole.CaseWorker);

    /// <summary>Administrator (accounts, keys, dashboard).</summary>
    public static readonly ActingParty Administrator = new("admin-web", null, ActorRole.Administrator);
}
