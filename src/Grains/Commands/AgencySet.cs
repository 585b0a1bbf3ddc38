using System.Collections.Immutable;
using AntiTrafficking.Grains.Reference;

namespace AntiTrafficking.Grains.Commands;

/// <summary>
/// The agencies a permission names: listed codes, plus the members or the lead of a project as the province's agencies
/// file says (<c>projects[].project</c>, <c>role</c>), plus every agency of the province, plus the agency the command
/// itself is about (<see cref="PermissionTarget.AgencyCode"/>).
/// </summary>
internal sealed record AgencySet(ImmutableArray<string> Codes, int? MembersOf = null, int? LeadOf = null, bool Every = false, bool Target = false)
{
    public static readonly AgencySet None = new([]);

    public static AgencySet Of(IEnumerable<string> codes) => new([.. codes]);

    /// <summary>The agency codes of the province this set names, the listed ones first, then the others by code.</summary>
    public IReadOnlyList<string> Resolve(ReferenceData reference, string provinceCode, PermissionTarget target)
    {
        var fromFile = reference.Agencies.Values
            .Where(a => a.ProvinceCode == provinceCode)
            .Where(a => Every || a.Projects.Any(p => p.Project == MembersOf || (p.Project == LeadOf && p.Leads)))
            .Select(a => a.Code);
        var named = Target && target.AgencyCode is { } agency ? [agency] : Array.Empty<string>();
        return [.. Codes.Concat(fromFile.Order(StringComparer.Ordinal)).Concat(named).Distinct()];
    }
}
