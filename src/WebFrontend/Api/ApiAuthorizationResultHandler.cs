using AntiTrafficking.WebFrontend.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>
/// The API answers a missing identity with 401 and a wrong role with 403, as problem details in Vietnamese and English;
/// pages keep the cookie's behaviour (redirect to the sign-in page, or to the access-denied page).
/// </summary>
public sealed class ApiAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _pages = new();

    /// <inheritdoc />
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!context.Request.Path.StartsWithSegments("/api") || authorizeResult.Succeeded)
        {
            await _pages.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        if (authorizeResult.Forbidden)
        {
            await Problems.Forbidden(context.Request).ExecuteAsync(context);
            return;
        }

        context.Response.Headers.WWWAuthenticate = ApiKeyAuthenticationHandler.SchemeName;
        await Problems.Unauthenticated(context.Request).ExecuteAsync(context);
    }
}
