using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Accounts;
using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.WebFrontend.Security;

/// <summary>What administrators do to accounts and keys, shared by the admin pages and the admin API.</summary>
public sealed class SecurityAdmin(IGrainFactory grains)
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private ISecurityDirectoryGrain Directory => grains.GetGrain<ISecurityDirectoryGrain>(ISecurityDirectoryGrain.Key);

    /// <summary>Every account.</summary>
    public Task<System.Collections.Immutable.ImmutableArray<AccountView>> AccountsAsync() => Directory.GetAccountsAsync();

    /// <summary>Every key, newest first.</summary>
    public Task<System.Collections.Immutable.ImmutableArray<ApiKeyView>> ApiKeysAsync() => Directory.GetApiKeysAsync();

    /// <summary>Creates an account; null when done.</summary>
    public Task<CommandError?> CreateAccountAsync(ActingParty administrator, AccountRequest request) =>
        Account(request.UserName).CreateAsync(administrator, new NewAccount(
            request.Password, request.Role, Code(request.AgencyCode)?.ToUpperInvariant(), Code(request.DistrictCode), request.DisplayName?.Trim() ?? ""));

    /// <summary>Disables or enables an account.</summary>
    public Task<CommandError?> SetEnabledAsync(ActingParty administrator, string userName, bool enabled) =>
        Account(userName).SetEnabledAsync(administrator, enabled);

    /// <summary>Sets a new password.</summary>
    public Task<CommandError?> SetPasswordAsync(ActingParty administrator, string userName, string password) =>
        Account(userName).SetPasswordAsync(administrator, password);

    /// <summary>Ends every open session of an account: its cookies stop working at their next request.</summary>
    public Task<CommandError?> EndSessionsAsync(ActingParty administrator, string userName) =>
        Account(userName).EndSessionsAsync(administrator);

    /// <summary>Issues a key: the whole key comes back once, only its hash is stored.</summary>
    public async Task<(IssuedApiKey? Issued, CommandError? Error)> IssueApiKeyAsync(ActingParty administrator, ApiKeyRequest request)
    {
        var expiresAt = new DateTimeOffset(request.ExpiresOn.AddDays(1), TimeOnly.MinValue, Vietnam);
        var party = new ActingParty(request.UserId.Trim().ToLowerInvariant(), Code(request.AgencyCode)?.ToUpperInvariant(), request.Role, Code(request.DistrictCode));
        var (id, key, error) = await grains.IssueApiKeyAsync(administrator, party, request.Label ?? "", expiresAt);
        return error is null ? (new IssuedApiKey(id, key, expiresAt), null) : (null, error);
    }

    /// <summary>Revokes a key for good.</summary>
    public Task<CommandError?> RevokeApiKeyAsync(ActingParty administrator, string id) =>
        grains.GetGrain<IApiKeyGrain>(id).RevokeAsync(administrator);

    private IAccountGrain Account(string userName) => grains.GetGrain<IAccountGrain>(userName.Trim().ToLowerInvariant());

    private static string? Code(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
