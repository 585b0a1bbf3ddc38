using System.Globalization;
using System.Security.Claims;
using AntiTrafficking.GrainInterfaces.Accounts;
using AntiTrafficking.WebFrontend.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignInResult = AntiTrafficking.GrainInterfaces.Accounts.SignInResult;

namespace AntiTrafficking.WebFrontend.Pages.Account;

/// <summary>Sign-in with a local account (a session cookie), or through the province's provider when configured.</summary>
public sealed class SignInModel(IGrainFactory grains, IConfiguration config) : PageModel
{
    /// <summary>The user name typed.</summary>
    [BindProperty]
    public string UserName { get; set; } = "";

    /// <summary>The password typed (never shown back).</summary>
    [BindProperty]
    public string Password { get; set; } = "";

    /// <summary>Where to go after signing in (a local path only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the last attempt failed, in both languages.</summary>
    public (string Vi, string En)? Error { get; private set; }

    /// <summary>Whether the province's provider is offered.</summary>
    public bool Oidc => SecuritySetup.OidcConfigured(config);

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>
    /// Checks the password with the account's grain (throttled per client address and per user name) and signs in.
    /// An unknown user name gets the same answer as a wrong password, or as a wait.
    /// </summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var name = UserName.Trim().ToLowerInvariant();
        var source = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var result = name.Length is > 0 and <= 64
            ? await grains.GetGrain<IAccountGrain>(name).SignInAsync(Password, source)
            : new SignInResult(SignInOutcome.Refused);
        Password = "";
        switch (result.Outcome)
        {
            case SignInOutcome.SignedIn:
                var identity = PartyClaims.Identity(result.Party!, result.DisplayName!, CookieAuthenticationDefaults.AuthenticationScheme);
                identity.AddClaim(new Claim(SecuritySetup.SourceClaim, "local"));
                identity.AddClaim(new Claim(SecuritySetup.SessionClaim, result.SessionId!));
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            case SignInOutcome.Throttled:
                var seconds = ((int)Math.Ceiling(result.RetryAfter!.Value.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                Error = ($"Đăng nhập không thành công quá nhiều lần. Hãy thử lại sau {seconds} giây.",
                    $"Too many failed sign-ins. Try again in {seconds} seconds.");
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = seconds;
                return Page();
            default:
                Error = ("Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong user name or password.");
                Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Page();
        }
    }

    /// <summary>Signs in through the province's OpenID Connect provider.</summary>
    public IActionResult OnGetProvider() => Oidc
        ? Challenge(new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/" }, OpenIdConnectDefaults.AuthenticationScheme)
        : NotFound();
}
