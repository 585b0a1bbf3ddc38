using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Grains.Reference;

namespace AntiTrafficking.Grains.Commands;

/// <summary>How the grains check a <see cref="Permission"/> against the acting party, with the province's agencies file.</summary>
internal static class PermissionChecks
{
    /// <summary>
    /// Null when <paramref name="party"/> may take the action on <paramref name="target"/>, else the refusal naming the
    /// part of the party at fault (<c>{prefix}.role</c>, <c>.districtCode</c> or <c>.agencyCode</c>). The role is checked
    /// first, so a party whose role may never take the action is refused whatever the command names.
    /// </summary>
    public static CommandError? Check(
        this Permission permission, ReferenceData reference, string provinceCode, ActingParty party, PermissionTarget target, string prefix)
    {
        if (!permission.Roles.Contains(party.Role))
        {
            return PermissionRefusals.Role(prefix, party.Role, permission.ActionVi, permission.ActionEn, permission.Roles);
        }

        if (target.Unresolved is { } unresolved)
        {
            return unresolved;
        }

        if (party.Role == ActorRole.DistrictOfficer)
        {
            return party.DistrictCode == target.DistrictCode
                ? null
                : PermissionRefusals.District(prefix, party.DistrictCode, target.DistrictCode, permission.ActionVi, permission.ActionEn);
        }

        if (party.Role == ActorRole.CaseWorker && !VictimRoles.CaseWorkers.Contains(party.AgencyCode!))
        {
            return PermissionRefusals.NoCaseWorkers(prefix, party.AgencyCode, VictimRoles.CaseWorkers);
        }

        var allowed = permission.Agencies.Resolve(reference, provinceCode, target);
        return allowed.Contains(party.AgencyCode!) ? null : PermissionRefusals.Agency(prefix, party.AgencyCode, permission.ActionVi, permission.ActionEn, allowed);
    }

    /// <summary>
    /// True when <paramref name="party"/> may take the action on some target: its role is one of the permission's roles
    /// and, for agency officers and case workers, its agency is one the permission names, or may name when the agency is
    /// the one the command is about (<see cref="AgencySet.Target"/>). A district officer's district is weighed per target.
    /// </summary>
    public static bool MayEverAllow(this Permission permission, ReferenceData reference, string provinceCode, ActingParty party) =>
        permission.Roles.Contains(party.Role) && party switch
        {
            { Role: ActorRole.DistrictOfficer } => party.DistrictCode is not null,
            { AgencyCode: null } => false,
            { Role: ActorRole.CaseWorker } when !VictimRoles.CaseWorkers.Contains(party.AgencyCode) => false,
            _ => permission.Agencies.Target || permission.Agencies.Resolve(reference, provinceCode, PermissionTarget.None).Contains(party.AgencyCode),
        };

    /// <summary>The agency codes of the province <paramref name="agencies"/> names, the listed ones first, then the others by code.</summary>
    public static IReadOnlyList<string> Resolve(this AgencySet agencies, ReferenceData reference, string provinceCode, PermissionTarget target)
    {
        var fromFile = reference.Agencies.Values
            .Where(a => a.ProvinceCode == provinceCode)
            .Where(a => agencies.Every || a.Projects.Any(p => p.Project == agencies.MembersOf || (p.Project == agencies.LeadOf && p.Leads)))
            .Select(a => a.Code);
        var named = agencies.Target && target.AgencyCode is { } agency ? [agency] : Array.Empty<string>();
        return [.. agencies.Codes.Concat(fromFile.Order(StringComparer.Ordinal)).Concat(named).Distinct()];
    }
}
