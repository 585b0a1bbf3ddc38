using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Accounts;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Indicators;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.Reference;
using AntiTrafficking.WebFrontend.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiTrafficking.WebFrontend.Pages.Admin;

/// <summary>
/// Administration: accounts (create, disable, enable, end sessions) and API keys (issue, shown once; revoke). Administrators only.
/// Agencies and districts are chosen from the reference data; after a refusal the form shows again what was typed
/// (never the password).
/// </summary>
public sealed class IndexModel(SecurityAdmin security, IGrainFactory grains, PeriodDefaults defaults, ProgramFiles files) : PageModel
{
    /// <summary>Every account.</summary>
    public ImmutableArray<AccountView> Accounts { get; private set; } = [];

    /// <summary>Every key, newest first.</summary>
    public ImmutableArray<ApiKeyView> Keys { get; private set; } = [];

    /// <summary>A key just issued, shown this once.</summary>
    public IssuedApiKey? Issued { get; private set; }

    /// <summary>The refusal of the last action.</summary>
    public CommandError? Error { get; private set; }

    /// <summary>Whether the last action was done.</summary>
    public bool Done { get; private set; }

    /// <summary>The agencies offered (the province's agencies file).</summary>
    public IReadOnlyList<AgencyEntry> Agencies => files.Agencies;

    /// <summary>The districts offered, in GSO order.</summary>
    public ImmutableArray<UnitSummary> Districts { get; private set; } = [];

    /// <summary>The account form's user name, display name and party as last typed.</summary>
    public (string UserName, string DisplayName, PartyInput Party) AccountInput { get; private set; } = ("", "", new PartyInput("account"));

    /// <summary>The key form's user id, label, last day and party as last typed.</summary>
    public (string UserId, string Label, DateOnly? ExpiresOn, PartyInput Party) KeyInput { get; private set; } = ("", "", null, new PartyInput("key"));

    /// <summary>The signed-in administrator's user name: their own account offers no disabling.</summary>
    public string Me => Administrator.UserId;

    /// <summary>The last day a key works, in Vietnam time (it stops at the midnight that follows).</summary>
    public static DateOnly LastDay(DateTimeOffset expiresAt) => VietnamTime.DateOf(expiresAt.AddTicks(-1));

    /// <summary>Shows the lists.</summary>
    public Task OnGetAsync() => LoadAsync();

    /// <summary>Creates an account.</summary>
    public async Task<IActionResult> OnPostCreateAccountAsync(string userName, string password, ActorRole role, string? agencyCode, string? districtCode, string? displayName)
    {
        Error = await security.CreateAccountAsync(Administrator, new AccountRequest(userName ?? "", password ?? "", role, agencyCode, districtCode, displayName));
        if (Error is not null)
        {
            AccountInput = (userName ?? "", displayName ?? "", new PartyInput("account", role, agencyCode, districtCode));
        }

        return await ShowAsync();
    }

    /// <summary>Disables an account.</summary>
    public Task<IActionResult> OnPostDisableAsync(string userName) => ActAsync(security.SetEnabledAsync(Administrator, userName, enabled: false));

    /// <summary>Enables an account again.</summary>
    public Task<IActionResult> OnPostEnableAsync(string userName) => ActAsync(security.SetEnabledAsync(Administrator, userName, enabled: true));

    /// <summary>Ends every session of an account.</summary>
    public Task<IActionResult> OnPostEndSessionsAsync(string userName) => ActAsync(security.EndSessionsAsync(Administrator, userName));

    /// <summary>Issues a key and shows it once.</summary>
    public async Task<IActionResult> OnPostIssueKeyAsync(string userId, ActorRole role, string? agencyCode, string? districtCode, string label, DateOnly expiresOn)
    {
        (Issued, Error) = await security.IssueApiKeyAsync(Administrator, new ApiKeyRequest(userId ?? "", role, agencyCode, districtCode, label ?? "", expiresOn));
        Response.Headers.CacheControl = "no-store";
        if (Error is not null)
        {
            KeyInput = (userId ?? "", label ?? "", expiresOn == default ? null : expiresOn, new PartyInput("key", role, agencyCode, districtCode));
        }

        return await ShowAsync();
    }

    /// <summary>Revokes a key.</summary>
    public Task<IActionResult> OnPostRevokeAsync(string id) => ActAsync(security.RevokeApiKeyAsync(Administrator, id));

    private ActingParty Administrator => PartyClaims.Party(User)!;

    private async Task<IActionResult> ActAsync(Task<CommandError?> act)
    {
        Error = await act;
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        Done = Error is null;
        if (Error is not null)
        {
            Response.StatusCode = Problems.StatusOf(Error);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Accounts = await security.AccountsAsync();
        Keys = await security.ApiKeysAsync();
        Districts = await grains.GetGrain<IProvinceGrain>(defaults.Province).GetDistrictsAsync();
    }
}
