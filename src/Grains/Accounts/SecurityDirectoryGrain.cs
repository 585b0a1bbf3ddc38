using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Accounts;
using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.Grains.Accounts;

/// <summary>The accounts and keys in existence; creates the first administrator once.</summary>
internal sealed class SecurityDirectoryGrain(
    [PersistentState("securityDirectory", StorageNames.Main)] IPersistentState<SecurityDirectoryState> state) : Grain, ISecurityDirectoryGrain
{
    /// <summary>The user id recorded as the creator of the first administrator.</summary>
    public const string Bootstrap = "bootstrap";

    public async Task<CommandError?> BootstrapAsync(string userName, string password)
    {
        if (state.State.Accounts.ContainsValue(ActorRole.Administrator))
        {
            return new CommandError("alreadyBootstrapped", "userName",
                "Đã có quản trị viên: tài khoản đầu tiên chỉ được tạo một lần.", "An administrator exists: the first account is created only once.");
        }

        // The account grain records itself here (AddAccountAsync) while this call waits for it.
        using var reentry = RequestContext.AllowCallChainReentrancy();
        return await GrainFactory.GetGrain<IAccountGrain>(userName.ToLowerInvariant()).CreateAsync(
            new ActingParty(Bootstrap, Role: ActorRole.Administrator),
            new NewAccount(password, ActorRole.Administrator, null, null, userName));
    }

    public async Task AddAccountAsync(string userName, ActorRole role)
    {
        state.State.Accounts[userName] = role;
        await state.WriteStateAsync();
    }

    public async Task AddApiKeyAsync(string id)
    {
        if (!state.State.ApiKeys.Contains(id))
        {
            state.State.ApiKeys.Add(id);
            await state.WriteStateAsync();
        }
    }

    public async Task<ImmutableArray<AccountView>> GetAccountsAsync()
    {
        var views = await Task.WhenAll(state.State.Accounts.Keys.Select(n => GrainFactory.GetGrain<IAccountGrain>(n).GetAsync()));
        return [.. views.OfType<AccountView>()];
    }

    public async Task<ImmutableArray<ApiKeyView>> GetApiKeysAsync()
    {
        var views = await Task.WhenAll(state.State.ApiKeys.AsEnumerable().Reverse().Select(id => GrainFactory.GetGrain<IApiKeyGrain>(id).GetAsync()));
        return [.. views.OfType<ApiKeyView>()];
    }
}
