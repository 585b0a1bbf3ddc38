namespace AntiTrafficking.WebFrontend.Security;

/// <summary>
/// The province's OpenID Connect provider (configuration section <c>Authentication:Oidc</c>; sign-in through it is
/// offered only when the section exists). The provider's claims become our party through <see cref="OidcClaimMapping"/>.
/// </summary>
public sealed class OidcSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Authentication:Oidc";

    /// <summary>The provider's issuer URL (its discovery document is read from it).</summary>
    public string Authority { get; set; } = "";

    /// <summary>This site's client id at the provider.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>This site's client secret at the provider.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The claim naming the user (default <c>preferred_username</c>, else <c>sub</c>).</summary>
    public string UserIdClaim { get; set; } = "preferred_username";

    /// <summary>The claim carrying the provider's role values (default <c>role</c>).</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>The claim carrying the agency code (default <c>agency</c>).</summary>
    public string AgencyClaim { get; set; } = "agency";

    /// <summary>The claim carrying the district's GSO code (default <c>district</c>).</summary>
    public string DistrictClaim { get; set; } = "district";

    /// <summary>
    /// The provider's role values and our role for each (e.g. <c>"qn-lanh-dao": "Leader"</c>); a user with none of
    /// them is refused. When several match, the first in this list wins.
    /// </summary>
    public Dictionary<string, string> Roles { get; set; } = new(StringComparer.Ordinal);
}
