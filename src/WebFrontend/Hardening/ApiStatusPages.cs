using Microsoft.AspNetCore.Diagnostics;

namespace AntiTrafficking.WebFrontend.Hardening;

/// <summary>
/// Status codes answered without a body (no such address, a method the address does not take): under /api a problem
/// with code and the reason in Vietnamese and English, like every other refusal of the API; elsewhere the standard
/// problem details.
/// </summary>
internal static class ApiStatusPages
{
    public static async Task HandleAsync(StatusCodeContext status)
    {
        var context = status.HttpContext;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await RefusalProblem.ForStatus(context.Response.StatusCode).WriteAsync(context);
            return;
        }

        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context });
    }
}
