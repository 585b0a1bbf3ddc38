using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiTrafficking.WebFrontend.Pages.Account;

/// <summary>Signs out (a POST with the antiforgery token from the header's button); the cookie is deleted.</summary>
public sealed class SignOutModel : PageModel
{
    /// <summary>A GET only leads back to the home page: signing out changes state, so it takes a POST.</summary>
    public IActionResult OnGet() => LocalRedirect("/");

    /// <summary>Deletes the sign-in cookie.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/");
    }
}
