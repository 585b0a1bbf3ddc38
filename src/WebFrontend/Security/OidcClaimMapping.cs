using System.Security.Claims;
using AntiTrafficking.GrainInterfaces;

namespace AntiTrafficking.WebFrontend.Security;

/// <summary>Turns the claims of the province's OpenID Connect provider into our acting party: a pure function.</summary>
public static class OidcClaimMapping
{
    /// <summary>
    /// The party of a provider's user, or null (refused) when no role value maps to one of ours, the user has no id, an
    /// agency officer or case worker has no agency, or a district officer has no district.
    /// </summary>
    public static ActingParty? Map(IEnumerable<Claim> claims, OidcSettings settings)
    {
        var list = claims.ToList();
        string? Value(string type) => list.FirstOrDefault(c => c.Type == type && !string.IsNullOrWhiteSpace(c.Value))?.Value.Trim();

        var userId = Value(settings.UserIdClaim) ?? Value("sub");
        var providerRoles = list.Where(c => c.Type == settings.RoleClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var role = settings.Roles
            .Where(r => providerRoles.Contains(r.Key))
            .Select(r => Enum.TryParse<ActorRole>(r.Value, ignoreCase: true, out var mapped) ? mapped : (ActorRole?)null)
            .FirstOrDefault(r => r is not null);
        if (userId is null || role is not { } ours)
        {
            return null;
        }

        var agency = ours == ActorRole.DistrictOfficer ? null : Value(settings.AgencyClaim)?.ToUpperInvariant();
        var district = ours == ActorRole.DistrictOfficer ? Value(settings.DistrictClaim) : null;
        return ours switch
        {
            ActorRole.AgencyOfficer or ActorRole.CaseWorker when agency is null => null,
            ActorRole.DistrictOfficer when district is null => null,
            _ => new ActingParty(userId.ToLowerInvariant(), agency, ours, district),
        };
    }
}
