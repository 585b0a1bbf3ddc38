using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiTrafficking.WebFrontend.Pages.Account;

/// <summary>Where a signed-in user lands when their role may not open a page: answered with 403.</summary>
public sealed class AccessDeniedModel : PageModel
{
    /// <summary>Shows the refusal.</summary>
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
