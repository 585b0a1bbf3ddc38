using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Victims;
using static AntiTrafficking.Grains.Tests.Commands;

namespace AntiTrafficking.Grains.Tests.Victims;

/// <summary>
/// Received persons for tests: invented identities, opaque ids, a reception command with sensible defaults (among them
/// the person's consent to support, so that support can be recorded).
/// </summary>
internal static class People
{
    public const string Province = "22";

    /// <summary>An invented identity whose every field is easy to search for in stored rows and messages.</summary>
    public static PersonalData Identity(string tag) =>
        new($"Nguyễn Thị Thử {tag}", $"{Random.Shared.NextInt64(100_000_000_000, 1_000_000_000_000)}", $"Thôn Thử {tag}, xã Hải Sơn", $"09{Random.Shared.Next(10_000_000, 100_000_000)}");

    /// <summary>A fresh person grain (key "22:{guid}").</summary>
    public static IVictimGrain NewPerson(IGrainFactory grains) => grains.GetGrain<IVictimGrain>($"{Province}:{Guid.NewGuid():N}");

    public static ReceivePerson Reception(
        string home,
        DateOnly receivedOn,
        ActingParty? actor = null,
        ReceptionPlace place = ReceptionPlace.MongCai,
        ReturnMode howReturned = ReturnMode.HandedOver,
        string country = "CN",
        Sex sex = Sex.Female,
        int birthYear = 1995,
        PersonalData? identity = null,
        bool confidential = false,
        bool consentsToSupport = true,
        bool consentsToDataSharing = false) =>
        new(Key(), actor ?? Agencies.BorderGuard, receivedOn, place, howReturned, country, home, sex, birthYear, identity ?? Identity(Key()[..6]), confidential,
            consentsToSupport, consentsToDataSharing);
}
