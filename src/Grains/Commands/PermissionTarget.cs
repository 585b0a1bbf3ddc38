using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.Grains.Commands;

/// <summary>
/// What a command acts on, as far as permissions care: the district whose officers may act (the commune's district,
/// the district itself, the district where a tip arose, a district's report), the agency named by the command (the
/// agency responsible for a guidance, the agency whose report it is, the standing office), or the refusal when the
/// command names something that does not exist, so no scope can be decided.
/// </summary>
internal sealed record PermissionTarget(string? DistrictCode = null, string? AgencyCode = null, CommandError? Unresolved = null)
{
    /// <summary>No district and no agency: only the permission's own agency lists apply.</summary>
    public static readonly PermissionTarget None = new();

    public static PermissionTarget District(string? districtCode) => new(DistrictCode: districtCode);

    public static PermissionTarget Agency(string agencyCode) => new(AgencyCode: agencyCode);

    public static PermissionTarget Unknown(CommandError refusal) => new(Unresolved: refusal);
}
