using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Accounts;

/// <summary>The list of accounts and API keys (key: <see cref="Key"/>), for the admin pages and the first administrator.</summary>
[Alias("AntiTrafficking.Accounts.ISecurityDirectoryGrain")]
public interface ISecurityDirectoryGrain : IGrainWithStringKey
{
    /// <summary>The one directory's key.</summary>
    const string Key = "accounts";

    /// <summary>
    /// Creates the first administrator; refused (<c>alreadyBootstrapped</c>) once any administrator account exists, so a
    /// configured bootstrap password cannot be used again after the first start.
    /// </summary>
    [Alias("BootstrapAsync")]
    Task<CommandError?> BootstrapAsync(string userName, string password);

    /// <summary>Records an account created by its grain.</summary>
    [Alias("AddAccountAsync")]
    Task AddAccountAsync(string userName, ActorRole role);

    /// <summary>Records a key issued by its grain.</summary>
    [Alias("AddApiKeyAsync")]
    Task AddApiKeyAsync(string id);

    /// <summary>Every account, by user name.</summary>
    [Alias("GetAccountsAsync")]
    Task<ImmutableArray<AccountView>> GetAccountsAsync();

    /// <summary>Every API key, newest first.</summary>
    [Alias("GetApiKeysAsync")]
    Task<ImmutableArray<ApiKeyView>> GetApiKeysAsync();
}
