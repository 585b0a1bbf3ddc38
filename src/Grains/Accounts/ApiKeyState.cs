using AntiTrafficking.GrainInterfaces;

namespace AntiTrafficking.Grains.Accounts;

/// <summary>A stored API key: its party, the SHA-256 hash of its secret (never the secret), expiry and revocation.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Accounts.ApiKeyState")]
public sealed class ApiKeyState
{
    /// <summary>Who acts with the key; null while the key does not exist.</summary>
    [Id(0)]
    public ActingParty? Party { get; set; }

    /// <summary>What it is for.</summary>
    [Id(1)]
    public string Label { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the secret.</summary>
    [Id(2)]
    public string SecretHash { get; set; } = "";

    /// <summary>When it was issued.</summary>
    [Id(3)]
    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>The administrator who issued it.</summary>
    [Id(4)]
    public string IssuedBy { get; set; } = "";

    /// <summary>When it stops working.</summary>
    [Id(5)]
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When it was revoked.</summary>
    [Id(6)]
    public DateTimeOffset? RevokedAt { get; set; }
}
