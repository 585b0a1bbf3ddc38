using AntiTrafficking.GrainInterfaces.Accounts;
using AntiTrafficking.WebFrontend.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiTrafficking.WebFrontend.Pages.Account;

/// <summary>
/// Signs out (a POST with the antiforgery token from the header's button): a local session is ended in the account's
/// grain, so a copy of the cookie no longer works either, and the cookie is deleted.
/// </summary>
public sealed class SignOutModel(IGrainFactory grains) : PageModel
{
    /// <summary>A GET only leads back to the home page: signing out changes state, so it takes a POST.</summary>
    public IActionResult OnGet() => LocalRedirect("/");

    /// <summary>Ends the session and deletes the sign-in cookie.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (User.FindFirst(SecuritySetup.SessionClaim)?.Value is { } session && PartyClaims.Party(User) is { } party)
        {
            await grains.GetGrain<IAccountGrain>(party.UserId).EndSessionAsync(session);
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/");
    }
}
