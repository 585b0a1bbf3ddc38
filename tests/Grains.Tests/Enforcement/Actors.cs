using AntiTrafficking.GrainInterfaces;

namespace AntiTrafficking.Grains.Tests.Enforcement;

/// <summary>The agencies acting in Project 2's tests.</summary>
internal static class Actors
{
    public static readonly ActingParty Police = new("ca-officer", "CA");

    public static readonly ActingParty BorderGuard = new("bdbp-officer", "BDBP");

    public static readonly ActingParty Procuracy = new("vks-prosecutor", "VKS");

    public static readonly ActingParty Court = new("ta-judge", "TA");

    public static readonly ActingParty WomensUnion = new("hlhpn-officer", "HLHPN");

    public static readonly ActingParty Dolisa = new("ldtbxh-officer", "LDTBXH");
}
