namespace AntiTrafficking.GrainInterfaces;

/// <summary>Who issues a command: the signed-in user or integration, and the agency it acts for.</summary>
/// <param name="UserId">Stable identifier of the person or system acting (never a victim's data).</param>
/// <param name="AgencyCode">Code of the agency acted for (from the province's agencies file), or null for a district or commune officer.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.ActingParty")]
public sealed record ActingParty(string UserId, string? AgencyCode = null);
