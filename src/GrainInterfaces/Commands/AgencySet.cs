using System.Collections.Immutable;

namespace AntiTrafficking.GrainInterfaces.Commands;

/// <summary>
/// The agencies a permission names: listed codes, plus the members or the lead of a project as the province's agencies
/// file says (<c>projects[].project</c>, <c>role</c>), plus every agency of the province, plus the agency the command
/// itself is about (the agency responsible for a guidance, the agency whose report it is).
/// </summary>
/// <param name="Codes">Agencies named by code.</param>
/// <param name="MembersOf">A project (1–3) whose every agency is named.</param>
/// <param name="LeadOf">A project (1–3) whose lead agency is named.</param>
/// <param name="Every">Every agency of the province.</param>
/// <param name="Target">The agency the command is about.</param>
public sealed record AgencySet(ImmutableArray<string> Codes, int? MembersOf = null, int? LeadOf = null, bool Every = false, bool Target = false)
{
    /// <summary>No agency: the action is not an agency's.</summary>
    public static readonly AgencySet None = new([]);

    /// <summary>The agencies listed.</summary>
    public static AgencySet Of(IEnumerable<string> codes) => new([.. codes]);
}
