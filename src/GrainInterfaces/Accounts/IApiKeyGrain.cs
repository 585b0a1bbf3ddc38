using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Accounts;

/// <summary>
/// An API key of an agency's system (key: the key's public id). Only the SHA-256 hash of its secret is kept: the
/// secret is made and shown once by the web front end and never reaches the silo.
/// </summary>
[Alias("AntiTrafficking.Accounts.IApiKeyGrain")]
public interface IApiKeyGrain : IGrainWithStringKey
{
    /// <summary>Issues the key (administrator only); refused when the id is taken, the party is not coherent or the expiry is not within two years.</summary>
    [Alias("IssueAsync")]
    Task<CommandError?> IssueAsync(ActingParty administrator, NewApiKey key);

    /// <summary>The key's acting party when <paramref name="secretHash"/> matches and the key is neither revoked nor expired; else null.</summary>
    [Alias("AuthenticateAsync")]
    Task<ActingParty?> AuthenticateAsync(string secretHash);

    /// <summary>Revokes the key for good (administrator only).</summary>
    [Alias("RevokeAsync")]
    Task<CommandError?> RevokeAsync(ActingParty administrator);

    /// <summary>The key without its hash, or null when there is none.</summary>
    [Alias("GetAsync")]
    Task<ApiKeyView?> GetAsync();
}
