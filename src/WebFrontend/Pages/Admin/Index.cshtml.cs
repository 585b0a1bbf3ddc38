using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Accounts;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.WebFrontend.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiTrafficking.WebFrontend.Pages.Admin;

/// <summary>Administration: accounts (create, disable, enable) and API keys (issue, shown once; revoke). Administrators only.</summary>
public sealed class IndexModel(SecurityAdmin security) : PageModel
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

    /// <summary>The roles offered.</summary>
    public static IEnumerable<ActorRole> Roles => Enum.GetValues<ActorRole>();

    /// <summary>Shows the lists.</summary>
    public Task OnGetAsync() => LoadAsync();

    /// <summary>Creates an account.</summary>
    public Task<IActionResult> OnPostCreateAccountAsync(string userName, string password, ActorRole role, string? agencyCode, string? districtCode, string? displayName) =>
        ActAsync(security.CreateAccountAsync(Administrator, new AccountRequest(userName ?? "", password ?? "", role, agencyCode, districtCode, displayName)));

    /// <summary>Disables an account.</summary>
    public Task<IActionResult> OnPostDisableAsync(string userName) => ActAsync(security.SetEnabledAsync(Administrator, userName, enabled: false));

    /// <summary>Enables an account again.</summary>
    public Task<IActionResult> OnPostEnableAsync(string userName) => ActAsync(security.SetEnabledAsync(Administrator, userName, enabled: true));

    /// <summary>Issues a key and shows it once.</summary>
    public async Task<IActionResult> OnPostIssueKeyAsync(string userId, ActorRole role, string? agencyCode, string? districtCode, string label, DateOnly expiresOn)
    {
        (Issued, Error) = await security.IssueApiKeyAsync(Administrator, new ApiKeyRequest(userId ?? "", role, agencyCode, districtCode, label ?? "", expiresOn));
        Response.Headers.CacheControl = "no-store";
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
            Response.StatusCode = Error.Code == "notPermitted" ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Accounts = await security.AccountsAsync();
        Keys = await security.ApiKeysAsync();
    }
}
