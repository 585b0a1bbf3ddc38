using System.Security.Claims;
using AntiTrafficking.GrainInterfaces;

namespace AntiTrafficking.WebFrontend.Admin;

/// <summary>The acting party of a request that an administrator-only page or endpoint admitted.</summary>
public static class AdminActor
{
    /// <summary>The claim naming the agency a user acts for, if any.</summary>
    public const string AgencyClaim = "agency";

    /// <summary>
    /// The signed-in user as an administrator: the user id from the name-identifier claim (else the name), the agency
    /// from <see cref="AgencyClaim"/>. The role is Administrator because only the Administrator policy leads here;
    /// the grain checks it again.
    /// </summary>
    public static ActingParty From(ClaimsPrincipal user) =>
        new(
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? "",
            user.FindFirstValue(AgencyClaim),
            ActorRole.Administrator);
}
