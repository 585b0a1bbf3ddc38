using AntiTrafficking.GrainInterfaces;

namespace AntiTrafficking.Grains.Tests.Victims;

/// <summary>The officers (agency officers unless named case workers) acting in Project 3's tests.</summary>
internal static class Agencies
{
    public static readonly ActingParty Dolisa = new("ldtbxh-officer", "LDTBXH");

    public static readonly ActingParty Police = new("ca-officer", "CA");

    public static readonly ActingParty BorderGuard = new("bdbp-officer", "BDBP");

    public static readonly ActingParty Health = new("yt-doctor", "YT");

    public static readonly ActingParty WomensUnion = new("hlhpn-officer", "HLHPN");

    public static readonly ActingParty Justice = new("tp-lawyer", "TP");

    public static readonly ActingParty Court = new("ta-judge", "TA");

    public static readonly ActingParty Information = new("tttt-officer", "TTTT");

    public static readonly ActingParty DolisaCaseWorker = new("ldtbxh-case-worker", "LDTBXH", ActorRole.CaseWorker);

    public static readonly ActingParty PoliceCaseWorker = new("ca-case-worker", "CA", ActorRole.CaseWorker);

    public static readonly ActingParty BorderGuardCaseWorker = new("bdbp-case-worker", "BDBP", ActorRole.CaseWorker);

    public static readonly ActingParty HealthCaseWorker = new("yt-case-worker", "YT", ActorRole.CaseWorker);

    public static readonly ActingParty WomensUnionCaseWorker = new("hlhpn-case-worker", "HLHPN", ActorRole.CaseWorker);
}
