using System.Collections.Immutable;

namespace AntiTrafficking.GrainInterfaces.Commands;

/// <summary>
/// Who may take one action: the roles that may take it at all, and their scope — a district officer only for the
/// target's district, an agency officer or case worker only for one of <see cref="Agencies"/>. Leaders, analysts and
/// administrators take no action, so no permission names them. The grains check it (<c>PermissionChecks</c>).
/// </summary>
/// <param name="ActionVi">The action, in the refusal's Vietnamese sentence ("phân loại tin báo").</param>
/// <param name="ActionEn">The action, in the refusal's English sentence ("classify a tip").</param>
/// <param name="Roles">The roles that may take the action.</param>
/// <param name="Agencies">For agency officers and case workers: the agencies they must act for.</param>
public sealed record Permission(string ActionVi, string ActionEn, ImmutableArray<ActorRole> Roles, AgencySet Agencies);
