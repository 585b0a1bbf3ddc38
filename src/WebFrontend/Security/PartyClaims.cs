using System.Security.Claims;
using AntiTrafficking.GrainInterfaces;

namespace AntiTrafficking.WebFrontend.Security;

/// <summary>The acting party as claims of a signed-in user or API key, and back: the one source of every command's actor.</summary>
public static class PartyClaims
{
    /// <summary>The agency acted for.</summary>
    public const string Agency = "anti-trafficking:agency";

    /// <summary>The district of a district officer.</summary>
    public const string District = "anti-trafficking:district";

    /// <summary>An identity of <paramref name="scheme"/> carrying the party (user id, name, role, agency, district).</summary>
    public static ClaimsIdentity Identity(ActingParty party, string displayName, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, party.UserId),
            new(ClaimTypes.Name, displayName),
            new(ClaimTypes.Role, party.Role.ToString()),
        };
        if (party.AgencyCode is { } agency)
        {
            claims.Add(new Claim(Agency, agency));
        }

        if (party.DistrictCode is { } district)
        {
            claims.Add(new Claim(District, district));
        }

        return new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role);
    }

    /// <summary>The party of a signed-in principal, or null for the public.</summary>
    public static ActingParty? Party(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
        && Enum.TryParse<ActorRole>(user.FindFirstValue(ClaimTypes.Role), out var role)
            ? new ActingParty(id, user.FindFirstValue(Agency), role, user.FindFirstValue(District))
            : null;
}
