using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Victims;
using static AntiTrafficking.GrainInterfaces.Commands.CommandRoles;

namespace AntiTrafficking.Grains.Commands;

/// <summary>
/// Who may do what, by command type (as each command declares it, <see cref="CommandCatalog"/>) and for the reads of a
/// person's record, checked by every grain from the acting party before anything else is looked at
/// (<see cref="CommandGrain{TState}"/>, <c>VictimGrain</c>). A type not declared is refused to everyone. Leaders,
/// analysts and administrators appear nowhere: they read aggregates, and give no command. docs/api.md, "Roles and scope
/// inside the grains", is this table in words.
/// </summary>
internal static class CommandPermissions
{
    /// <summary>The read of a victim's personal data: case workers of the case-working agencies (confidential persons: see PersonChecks).</summary>
    public static readonly Permission PersonalDataRead =
        new("xem thông tin cá nhân", "read personal data", CaseWorkers, AgencySet.Of(VictimRoles.CaseWorkers));

    /// <summary>Opening a received person's record (without personal data): case workers; the agency's access is checked by the grain.</summary>
    public static readonly Permission PersonRecordRead =
        new("xem hồ sơ người được tiếp nhận", "see a received person's record", CaseWorkers, AgencySet.Of(VictimRoles.CaseWorkers));

    /// <summary>Every command type the grains accept, with who may send it.</summary>
    public static readonly ImmutableDictionary<Type, Permission> ByCommand = CommandCatalog.All.ToImmutableDictionary(d => d.Contract, d => d.Permission);

    private static readonly Permission Nobody = new("thực hiện lệnh này", "give this command", [], AgencySet.None);

    /// <summary>The permission of a command type; a type not in the table is refused to everyone.</summary>
    public static Permission For(Type commandType) => ByCommand.GetValueOrDefault(commandType, Nobody);
}
