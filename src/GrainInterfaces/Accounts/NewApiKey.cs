namespace AntiTrafficking.GrainInterfaces.Accounts;

/// <summary>A key to issue.</summary>
/// <param name="Party">Who acts with it: the integration's user id, the agency, the role and the district scope.</param>
/// <param name="Label">What it is for, e.g. "hệ thống quản lý vụ án của CA".</param>
/// <param name="ExpiresAt">When it stops working (within two years).</param>
/// <param name="SecretHash">Lower-case hex SHA-256 of the secret.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Accounts.NewApiKey")]
public sealed record NewApiKey(ActingParty Party, string Label, DateTimeOffset ExpiresAt, string SecretHash);
