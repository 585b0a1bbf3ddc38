namespace AntiTrafficking.GrainInterfaces.Accounts;

/// <summary>An API key as administrators see it (never its secret or hash).</summary>
/// <param name="Id">The public id, the part before the dot of the key.</param>
/// <param name="Party">Who acts with it.</param>
/// <param name="Label">What it is for.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="IssuedBy">The administrator who issued it.</param>
/// <param name="ExpiresAt">When it stops working.</param>
/// <param name="RevokedAt">When it was revoked, if it was.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Accounts.ApiKeyView")]
public sealed record ApiKeyView(
    string Id, ActingParty Party, string Label, DateTimeOffset IssuedAt, string IssuedBy, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt);
