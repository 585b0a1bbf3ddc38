using AntiTrafficking.GrainInterfaces;

namespace AntiTrafficking.WebFrontend.Security;

/// <summary>An account to create.</summary>
/// <param name="UserName">Sign-in name (2–64 characters: lower-case letters, digits, '.', '-', '_'); the user id of its commands.</param>
/// <param name="Password">Initial password, at least 12 characters.</param>
/// <param name="Role">What the user may do.</param>
/// <param name="AgencyCode">Agency (agency officers and case workers).</param>
/// <param name="DistrictCode">District GSO code (district officers).</param>
/// <param name="DisplayName">Name shown.</param>
public sealed record AccountRequest(string UserName, string Password, ActorRole Role, string? AgencyCode = null, string? DistrictCode = null, string? DisplayName = null);

/// <summary>A new password.</summary>
/// <param name="Password">At least 12 characters.</param>
public sealed record PasswordRequest(string Password);

/// <summary>An API key to issue.</summary>
/// <param name="UserId">The integration's id, recorded as the user of its commands (e.g. "ca-quan-ly-vu-an").</param>
/// <param name="Role">What it may do.</param>
/// <param name="AgencyCode">Its agency (agency officers and case workers).</param>
/// <param name="DistrictCode">Its district (district officers).</param>
/// <param name="Label">What it is for.</param>
/// <param name="ExpiresOn">Last day it works (Vietnam time), within two years.</param>
public sealed record ApiKeyRequest(string UserId, ActorRole Role, string? AgencyCode, string? DistrictCode, string Label, DateOnly ExpiresOn);

/// <summary>A key just issued: <paramref name="Key"/> is shown this once and cannot be recovered.</summary>
/// <param name="Id">Its public id.</param>
/// <param name="Key">The whole key to send in the X-Api-Key header.</param>
/// <param name="ExpiresAt">When it stops working.</param>
public sealed record IssuedApiKey(string Id, string Key, DateTimeOffset ExpiresAt);
