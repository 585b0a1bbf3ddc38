using AntiTrafficking.GrainInterfaces;

namespace AntiTrafficking.Web.Tests.Infrastructure;

/// <summary>Helpers for building commands in tests.</summary>
internal static class Commands
{
    /// <summary>An officer of the Department of Culture (VHTTDL, a member of Project 1).</summary>
    public static readonly ActingParty Officer = new("officer-web", "VHTTDL");

    public static readonly ActingParty InformationDepartment = new("ic-web", "TTTT");

    /// <summary>An officer of a district (their data entry: its reporters and its communes' network and officials).</summary>
    public static ActingParty DistrictOfficer(string districtCode) => new($"officer-{districtCode}", null, ActorRole.DistrictOfficer, districtCode);

    public static string Key() => Guid.NewGuid().ToString("N");

    public static DateOnly D(int year, int month, int day) => new(year, month, day);
}
