using System.Security.Cryptography;
using System.Text;

namespace AntiTrafficking.GrainInterfaces.Accounts;

/// <summary>
/// API keys as integrations send them: "{id}.{secret}" — a public id (12 hex digits, the grain's key) and a 256-bit
/// random secret (base64url). Only the secret's SHA-256 hash goes to the silo.
/// </summary>
public static class ApiKeySecrets
{
    /// <summary>The header carrying the key (also accepted: <c>Authorization: ApiKey {key}</c>).</summary>
    public const string Header = "X-Api-Key";

    /// <summary>A new key: its id, the whole key to give the integration once, and the hash to store.</summary>
    public static (string Id, string Key, string Hash) New()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (id, $"{id}.{secret}", Hash(secret));
    }

    /// <summary>Splits a presented key into its id and the hash of its secret; false when it has not the key's shape.</summary>
    public static bool TryRead(string? key, out string id, out string hash)
    {
        id = hash = "";
        var dot = key?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (key is null || dot != 12 || key.Length is < 20 or > 100 || !key[..dot].All(char.IsAsciiHexDigitLower))
        {
            return false;
        }

        id = key[..dot];
        hash = Hash(key[(dot + 1)..]);
        return true;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
