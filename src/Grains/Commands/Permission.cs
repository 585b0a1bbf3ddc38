using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Grains.Victims;

namespace AntiTrafficking.Grains.Commands;

/// <summary>
/// Who may take one action: the roles that may take it at all, and their scope — a district officer only for the
/// target's district, an agency officer or case worker only for one of <see cref="Agencies"/>. Leaders, analysts and
/// administrators take no action, so no permission names them.
/// </summary>
/// <param name="ActionVi">The action, in the refusal's Vietnamese sentence ("phân loại tin báo").</param>
/// <param name="ActionEn">The action, in the refusal's English sentence ("classify a tip").</param>
/// <param name="Roles">The roles that may take the action.</param>
/// <param name="Agencies">For agency officers and case workers: the agencies they must act for.</param>
internal sealed record Permission(string ActionVi, string ActionEn, ImmutableArray<ActorRole> Roles, AgencySet Agencies)
{
    /// <summary>
    /// Null when <paramref name="party"/> may take the action on <paramref name="target"/>, else the refusal naming the
    /// part of the party at fault (<c>{prefix}.role</c>, <c>.districtCode</c> or <c>.agencyCode</c>). The role is checked
    /// first, so a party whose role may never take the action is refused whatever the command names.
    /// </summary>
    public CommandError? Check(ReferenceData reference, string provinceCode, ActingParty party, PermissionTarget target, string prefix)
    {
        if (!Roles.Contains(party.Role))
        {
            return PermissionRefusals.Role(prefix, party.Role, ActionVi, ActionEn, Roles);
        }

        if (target.Unresolved is { } unresolved)
        {
            return unresolved;
        }

        if (party.Role == ActorRole.DistrictOfficer)
        {
            return party.DistrictCode == target.DistrictCode ? null : PermissionRefusals.District(prefix, party.DistrictCode, target.DistrictCode, ActionVi, ActionEn);
        }

        if (party.Role == ActorRole.CaseWorker && !VictimRoles.CaseWorkers.Contains(party.AgencyCode!))
        {
            return PermissionRefusals.NoCaseWorkers(prefix, party.AgencyCode, VictimRoles.CaseWorkers);
        }

        var allowed = Agencies.Resolve(reference, provinceCode, target);
        return allowed.Contains(party.AgencyCode!) ? null : PermissionRefusals.Agency(prefix, party.AgencyCode, ActionVi, ActionEn, allowed);
    }

    /// <summary>
    /// True when <paramref name="party"/> may take the action on some target: its role is one of <see cref="Roles"/>
    /// and, for agency officers and case workers, its agency is one the permission names, or may name when the agency is
    /// the one the command is about (<see cref="AgencySet.Target"/>). A district officer's district is weighed per target.
    /// </summary>
    public bool MayEverAllow(ReferenceData reference, string provinceCode, ActingParty party) =>
        Roles.Contains(party.Role) && party switch
        {
            { Role: ActorRole.DistrictOfficer } => party.DistrictCode is not null,
            { AgencyCode: null } => false,
            { Role: ActorRole.CaseWorker } when !VictimRoles.CaseWorkers.Contains(party.AgencyCode) => false,
            _ => Agencies.Target || Agencies.Resolve(reference, provinceCode, PermissionTarget.None).Contains(party.AgencyCode),
        };
}
