using System.Collections.Immutable;

namespace AntiTrafficking.GrainInterfaces.Commands;

/// <summary>The sets of roles that the command declarations give permissions to.</summary>
public static class CommandRoles
{
    /// <summary>District officers, for their own district.</summary>
    public static readonly ImmutableArray<ActorRole> Districts = [ActorRole.DistrictOfficer];

    /// <summary>Agency officers, for their agency.</summary>
    public static readonly ImmutableArray<ActorRole> AgencyOfficers = [ActorRole.AgencyOfficer];

    /// <summary>Agency officers and district officers.</summary>
    public static readonly ImmutableArray<ActorRole> AgenciesAndDistricts = [ActorRole.AgencyOfficer, ActorRole.DistrictOfficer];

    /// <summary>Agency officers and case workers of the agencies of Project 3.</summary>
    public static readonly ImmutableArray<ActorRole> VictimAgencies = [ActorRole.AgencyOfficer, ActorRole.CaseWorker];

    /// <summary>Case workers only.</summary>
    public static readonly ImmutableArray<ActorRole> CaseWorkers = [ActorRole.CaseWorker];
}
