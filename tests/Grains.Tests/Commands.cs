using AntiTrafficking.GrainInterfaces;

namespace AntiTrafficking.Grains.Tests;

/// <summary>Helpers for building commands in tests.</summary>
internal static class Commands
{
    /// <summary>An officer of the Department of Information and Communications, Project 1's lead.</summary>
    public static readonly ActingParty InformationDepartment = new("ic-test", "TTTT");

    /// <summary>A district officer (UBND huyện): data entry for <paramref name="districtCode"/> and its communes.</summary>
    public static ActingParty DistrictOfficer(string districtCode) => new($"ubnd-{districtCode}", null, ActorRole.DistrictOfficer, districtCode);

    public static string Key() => Guid.NewGuid().ToString("N");

    public static DateOnly D(int year, int month, int day) => new(year, month, day);
}
