using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Accounts;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.Grains.Audit;
using AntiTrafficking.Grains.Reference;

namespace AntiTrafficking.Grains.Accounts;

/// <summary>An API key: the SHA-256 hash of its secret, its party, expiry and revocation.</summary>
internal sealed partial class ApiKeyGrain(
    [PersistentState("apiKey", StorageNames.Main)] IPersistentState<ApiKeyState> state,
    ReferenceData reference,
    AccountClock clock,
    IAuditTrail audit) : Grain, IApiKeyGrain
{
    /// <summary>Longest validity of a key: integrations must rotate them.</summary>
    public static readonly TimeSpan MaximumValidity = TimeSpan.FromDays(731);

    private ApiKeyState Key => state.State;

    public async Task<CommandError?> IssueAsync(ActingParty administrator, NewApiKey key)
    {
        var now = clock.Now();
        var error = PartyRules.Administrator(administrator)
            ?? (Key.Party is not null
                ? new CommandError("alreadyRegistered", "id", "Mã khóa đã được dùng.", "The key id is taken.")
                : PartyRules.Check(key.Party, reference))
            ?? (key.ExpiresAt <= now || key.ExpiresAt > now + MaximumValidity
                ? new CommandError("invalidExpiry", "expiresOn", "Ngày hết hạn phải sau hôm nay và trong vòng hai năm.", "The expiry must be after today and within two years.")
                : null)
            ?? (Sha256Hex().IsMatch(key.SecretHash) ? null : new CommandError("invalidHash", "secretHash", "Mã băm không hợp lệ.", "The hash is not a SHA-256 hex string."))
            ?? (string.IsNullOrWhiteSpace(key.Label) || key.Label.Length > 200
                ? new CommandError("required", "label", "Hãy ghi khóa dùng cho việc gì (tối đa 200 ký tự).", "Say what the key is for (at most 200 characters).")
                : null);
        await audit.AppendSecurityAsync(this, administrator, "IssueApiKey", error?.Code);
        if (error is not null)
        {
            return error;
        }

        Key.Party = key.Party;
        Key.Label = key.Label.Trim();
        Key.SecretHash = key.SecretHash;
        Key.IssuedAt = now;
        Key.IssuedBy = administrator.UserId;
        Key.ExpiresAt = key.ExpiresAt;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<ISecurityDirectoryGrain>(ISecurityDirectoryGrain.Key).AddApiKeyAsync(this.GetPrimaryKeyString());
        return null;
    }

    public Task<ActingParty?> AuthenticateAsync(string secretHash)
    {
        var matches = Key.Party is not null
            && Key.RevokedAt is null
            && Key.ExpiresAt > clock.Now()
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Key.SecretHash), Encoding.ASCII.GetBytes(secretHash ?? ""));
        return Task.FromResult(matches ? Key.Party : null);
    }

    public async Task<CommandError?> RevokeAsync(ActingParty administrator)
    {
        var error = PartyRules.Administrator(administrator)
            ?? (Key.Party is null ? new CommandError("unknownKey", "id", "Không có khóa này.", "There is no such key.") : null)
            ?? (Key.RevokedAt is not null ? new CommandError("alreadyRevoked", "id", "Khóa đã bị thu hồi.", "The key is already revoked.") : null);
        if (error is null)
        {
            Key.RevokedAt = clock.Now();
            await state.WriteStateAsync();
        }

        await audit.AppendSecurityAsync(this, administrator, "RevokeApiKey", error?.Code);
        return error;
    }

    public Task<ApiKeyView?> GetAsync() => Task.FromResult(Key.Party is { } party
        ? new ApiKeyView(this.GetPrimaryKeyString(), party, Key.Label, Key.IssuedAt, Key.IssuedBy, Key.ExpiresAt, Key.RevokedAt)
        : null);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();
}
