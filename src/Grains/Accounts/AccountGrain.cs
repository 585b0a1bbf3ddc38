using System.Security.Cryptography;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Accounts;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.Grains.Audit;
using AntiTrafficking.Grains.Reference;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SignInResult = AntiTrafficking.GrainInterfaces.Accounts.SignInResult;

namespace AntiTrafficking.Grains.Accounts;

/// <summary>
/// A local account: PBKDF2 password hash (ASP.NET Core's <see cref="PasswordHasher{TUser}"/>), the throttle of failed
/// sign-ins (<see cref="SignInThrottle"/>, also for a user name with no account) and open sessions.
/// </summary>
internal sealed class AccountGrain(
    [PersistentState("account", StorageNames.Main)] IPersistentState<AccountState> state,
    ReferenceData reference,
    AccountClock clock,
    IOptions<AccountOptions> options,
    IAuditTrail audit) : Grain, IAccountGrain
{
    /// <summary>Open sessions kept per account; a sign-in beyond them ends the oldest.</summary>
    public const int SessionsKept = 20;

    private static readonly PasswordHasher<AccountState> Hasher = new();

    /// <summary>The hash an unknown user name's password is checked against, so that it takes as long as a real one.</summary>
    private static readonly string DummyHash = Hasher.HashPassword(new AccountState(), RandomNumberGenerator.GetHexString(32));

    private SignInThrottle? _throttle;

    private AccountState Account => state.State;

    private SignInThrottle Throttle => _throttle ??= new SignInThrottle(options.Value);

    public async Task<CommandError?> CreateAsync(ActingParty administrator, NewAccount account)
    {
        var party = new ActingParty(this.GetPrimaryKeyString(), account.AgencyCode, account.Role, account.DistrictCode);
        var error = PartyRules.Administrator(administrator)
            ?? (Account.Party is not null
                ? new CommandError("alreadyRegistered", "userName", $"Đã có tài khoản '{party.UserId}'.", $"The account '{party.UserId}' exists.")
                : PartyRules.Check(party, reference) ?? PasswordRules.Check(account.Password));
        await AuditAsync(administrator, "CreateAccount", error?.Code);
        if (error is not null)
        {
            return error;
        }

        Account.Party = party;
        Account.DisplayName = string.IsNullOrWhiteSpace(account.DisplayName) ? party.UserId : account.DisplayName.Trim();
        Account.PasswordHash = Hasher.HashPassword(Account, account.Password);
        Account.Enabled = true;
        Account.CreatedAt = clock.Now();
        Account.CreatedBy = administrator.UserId;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<ISecurityDirectoryGrain>(ISecurityDirectoryGrain.Key).AddAccountAsync(party.UserId, party.Role);
        return null;
    }

    public async Task<SignInResult> SignInAsync(string password, string source)
    {
        var now = clock.Now();
        if (Throttle.Wait(source, now) is { } wait)
        {
            await AuditAsync(Account.Party, "SignIn", "throttled");
            AntiTraffickingMetrics.RecordSignIn("throttled", "none");
            return new SignInResult(SignInOutcome.Throttled, RetryAfter: wait);
        }

        // An unknown user name costs the same hash check, audit write and answer as a wrong password.
        var verified = Hasher.VerifyHashedPassword(Account, Account.Party is null ? DummyHash : Account.PasswordHash, password ?? "");
        var check = Account.Party is null ? "dummy" : "account";
        if (Account.Party is not { } party || !Account.Enabled || verified == PasswordVerificationResult.Failed)
        {
            if (Throttle.Failed(source, now) is { } imposed)
            {
                // The failures must outlive the wait, or an idle activation would forget them.
                DelayDeactivation(imposed + options.Value.MaxDelay);
            }

            await AuditAsync(Account.Party, "SignIn", Account.Party is null ? "unknownAccount" : Account.Enabled ? "wrongPassword" : "disabled");
            AntiTraffickingMetrics.RecordSignIn("refused", check);
            return new SignInResult(SignInOutcome.Refused);
        }

        if (verified == PasswordVerificationResult.SuccessRehashNeeded)
        {
            Account.PasswordHash = Hasher.HashPassword(Account, password!);
        }

        Throttle.Succeeded(source);
        var session = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        Account.Sessions.Add(session);
        if (Account.Sessions.Count > SessionsKept)
        {
            Account.Sessions.RemoveAt(0);
        }

        await state.WriteStateAsync();
        await AuditAsync(party, "SignIn", null);
        AntiTraffickingMetrics.RecordSignIn("signedIn", check);
        return new SignInResult(SignInOutcome.SignedIn, party, Account.DisplayName, SessionId: session);
    }

    public Task<ActingParty?> GetSessionAsync(string sessionId) =>
        Task.FromResult(Account is { Enabled: true, Party: { } party } && Account.Sessions.Contains(sessionId) ? party : null);

    public async Task EndSessionAsync(string sessionId)
    {
        if (Account.Party is { } party && Account.Sessions.Remove(sessionId))
        {
            await state.WriteStateAsync();
            await AuditAsync(party, "SignOut", null);
        }
    }

    public async Task<CommandError?> EndSessionsAsync(ActingParty administrator)
    {
        var error = PartyRules.Administrator(administrator) ?? Exists();
        if (error is null)
        {
            Account.Sessions.Clear();
            await state.WriteStateAsync();
        }

        await AuditAsync(administrator, "EndSessions", error?.Code);
        return error;
    }

    public async Task<CommandError?> SetEnabledAsync(ActingParty administrator, bool enabled)
    {
        var error = PartyRules.Administrator(administrator) ?? Exists()
            ?? (!enabled && administrator.UserId == Account.Party!.UserId
                ? new CommandError("notPermitted", "userName", "Không thể tự khóa tài khoản của mình.", "You cannot disable your own account.")
                : null);
        if (error is null)
        {
            Account.Enabled = enabled;
            Account.Sessions.Clear();
            _throttle?.Clear();
            await state.WriteStateAsync();
        }

        await AuditAsync(administrator, enabled ? "EnableAccount" : "DisableAccount", error?.Code);
        return error;
    }

    public async Task<CommandError?> SetPasswordAsync(ActingParty administrator, string password)
    {
        var error = PartyRules.Administrator(administrator) ?? Exists() ?? PasswordRules.Check(password);
        if (error is null)
        {
            Account.PasswordHash = Hasher.HashPassword(Account, password);
            Account.Sessions.Clear();
            _throttle?.Clear();
            await state.WriteStateAsync();
        }

        await AuditAsync(administrator, "SetPassword", error?.Code);
        return error;
    }

    public Task<AccountView?> GetAsync() => Task.FromResult(Account.Party is { } party
        ? new AccountView(party, Account.DisplayName, Account.Enabled, Account.CreatedAt, Account.CreatedBy, _throttle?.Count ?? 0,
            _throttle?.AllWaitUntil(clock.Now()))
        : null);

    private CommandError? Exists() => Account.Party is null
        ? new CommandError("unknownAccount", "userName", $"Không có tài khoản '{this.GetPrimaryKeyString()}'.", $"There is no account '{this.GetPrimaryKeyString()}'.")
        : null;

    private Task AuditAsync(ActingParty? actor, string action, string? refusal) => audit.AppendSecurityAsync(this, actor, action, refusal);

    /// <summary>Favourites kept per account.</summary>
    public const int FavouritesKept = 50;

    public async Task<CommandError?> SaveFavouriteAsync(PivotFavourite favourite)
    {
        var name = favourite.Name?.Trim() ?? "";
        if (name.Length is 0 or > 80)
        {
            return new CommandError("invalidValue", "name", "Tên bảng phải có từ 1 đến 80 ký tự.", "The table's name must hold 1 to 80 characters.");
        }

        if (favourite.Query is not { Length: > 1 and <= 2000 } query || query[0] != '?')
        {
            return new CommandError("invalidValue", "query", "Lựa chọn của bảng không hợp lệ.", "The table's choices are invalid.");
        }

        var kept = Account.Favourites.Where(f => f.Name != name).ToList();
        if (kept.Count >= FavouritesKept)
        {
            return new CommandError("invalidValue", "name", $"Đã lưu {FavouritesKept} bảng; hãy xóa bớt.", $"{FavouritesKept} tables are saved already; remove some.");
        }

        kept.Add(favourite with { Name = name, SavedAt = clock.Now() });
        Account.Favourites = [.. kept.OrderBy(f => f.Name, StringComparer.Ordinal)];
        await state.WriteStateAsync();
        return null;
    }

    public async Task<CommandError?> DeleteFavouriteAsync(string name)
    {
        var trimmed = name?.Trim() ?? "";
        if (Account.Favourites.All(f => f.Name != trimmed))
        {
            return new CommandError("notFound", "name", $"Không có bảng đã lưu tên '{trimmed}'.", $"There is no saved table named '{trimmed}'.");
        }

        Account.Favourites = [.. Account.Favourites.Where(f => f.Name != trimmed)];
        await state.WriteStateAsync();
        return null;
    }

    public Task<System.Collections.Immutable.ImmutableArray<PivotFavourite>> GetFavouritesAsync() => Task.FromResult<System.Collections.Immutable.ImmutableArray<PivotFavourite>>([.. Account.Favourites]);
}
