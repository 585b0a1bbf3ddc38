namespace AntiTrafficking.GrainInterfaces.Accounts;

/// <summary>An account to create.</summary>
/// <param name="Password">The initial password (at least 12 characters); only its hash is stored.</param>
/// <param name="Role">What the user may do.</param>
/// <param name="AgencyCode">The agency the user acts for (required for agency officers and case workers).</param>
/// <param name="DistrictCode">The district of a district officer (required for them, else null).</param>
/// <param name="DisplayName">Name shown in the header and the admin pages (not a victim's data).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Accounts.NewAccount")]
public sealed record NewAccount(string Password, ActorRole Role, string? AgencyCode, string? DistrictCode, string DisplayName);
