using AntiTrafficking.GrainInterfaces;

namespace AntiTrafficking.Grains.Tests.Victims;

/// <summary>The officers acting in Project 3's tests.</summary>
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
}
