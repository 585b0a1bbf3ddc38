using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.Cluster.Tests.Infrastructure;

/// <summary>Quảng Ninh's districts and communes from the reference data, and the figure the tests count.</summary>
internal static class Units
{
    public const string Province = "22";

    /// <summary>The period whose "active propagandists" output (OUT-02) the tests read.</summary>
    public const string Period = "2015";

    /// <summary>Communes by district, in the file's order.</summary>
    public static ImmutableDictionary<string, ImmutableArray<string>> CommunesByDistrict { get; } =
        File.ReadLines(Path.Combine(Repository.DataFolder, "provinces", Province, "admin-units.csv"))
            .Skip(1)
            .Select(line => line.Split(','))
            .GroupBy(cells => cells[0], cells => cells[3])
            .ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray());

    /// <summary>Active propagandists (OUT-02) on a scorecard.</summary>
    public static long Propagandists(ScorecardView scorecard) =>
        scorecard.Outputs.Single(o => o.Code == "OUT-02" && o.Key is null).Value;

    /// <summary>A propagandist's registration in <paramref name="commune"/>, sent by an officer of its district.</summary>
    public static RegisterPerson Registration(string key, string commune) =>
        new(key, new ActingParty("cluster-test", null, ActorRole.DistrictOfficer, CommunesByDistrict.Single(d => d.Value.Contains(commune)).Key),
            "person-" + key, new DateOnly(2012, 3, 1));
}
