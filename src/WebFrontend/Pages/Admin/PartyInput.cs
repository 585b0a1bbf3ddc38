using AntiTrafficking.GrainInterfaces;

namespace AntiTrafficking.WebFrontend.Pages.Admin;

/// <summary>What was chosen in an account's or key's role, agency and district fields, shown again after a refusal.</summary>
/// <param name="Prefix">Prefix of the fields' ids ("account", "key"), so both forms' labels stay unique.</param>
/// <param name="Role">The role chosen.</param>
/// <param name="AgencyCode">The agency chosen, or null.</param>
/// <param name="DistrictCode">The district chosen, or null.</param>
public sealed record PartyInput(string Prefix, ActorRole Role = ActorRole.AgencyOfficer, string? AgencyCode = null, string? DistrictCode = null);
