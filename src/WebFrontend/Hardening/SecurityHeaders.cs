using System.Text.RegularExpressions;

namespace AntiTrafficking.WebFrontend.Hardening;

/// <summary>
/// The headers every response carries (pages, API, static files, errors). The content security policy allows only
/// the site's own scripts, styles and connections: the pages have no inline script, event handler or style attribute,
/// so neither 'unsafe-inline' nor 'unsafe-eval' is needed. Bootstrap's CSS draws some controls from data: images.
/// </summary>
internal static partial class SecurityHeaders
{
    private const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context);
                return Task.CompletedTask;
            });
            return next(context);
        });

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy(context.Request);
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        // Answers of the API may carry a victim's personal data: no shared cache or browser cache may keep them.
        if (context.Request.Path.StartsWithSegments("/api") && !headers.ContainsKey("Cache-Control"))
        {
            headers.CacheControl = "no-store";
        }
    }

    /// <summary>
    /// SignalR's WebSocket is named by scheme and host because some browsers do not count ws: under 'self'. The
    /// host is the request's own, named only when it is a plain host[:port] so that it cannot add a directive.
    /// </summary>
    private static string ContentSecurityPolicy(HttpRequest request)
    {
        var host = request.Host.ToUriComponent();
        var socket = PlainHost().IsMatch(host) ? $" {(request.IsHttps ? "wss" : "ws")}://{host}" : "";
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
            $"connect-src 'self'{socket}; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    [GeneratedRegex(@"^[A-Za-z0-9.\-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$")]
    private static partial Regex PlainHost();
}
