using System.Net;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace AntiTrafficking.WebFrontend.Hardening;

/// <summary>
/// Web hardening (issue 7): security headers on every response, HSTS and optional HTTPS redirection, secure
/// cookies, rate limits, request size limits and Kestrel's limits; settings in the "Hardening" section.
/// </summary>
public static class HardeningSetup
{
    /// <summary>Registers the hardening's services and Kestrel's limits.</summary>
    public static WebApplicationBuilder AddHardening(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<HardeningOptions>().BindConfiguration(HardeningOptions.Section);
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<HardeningOptions>>((kestrel, hardening) =>
        {
            var options = hardening.Value;
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = Math.Max(options.MaxBodyBytes, options.MaxApiBodyBytes);
            kestrel.Limits.MaxRequestHeadersTotalSize = options.MaxRequestHeadersTotalSize;
            kestrel.Limits.MaxRequestLineSize = options.MaxRequestLineSize;
            kestrel.Limits.MaxRequestHeaderCount = options.MaxRequestHeaderCount;
            kestrel.Limits.RequestHeadersTimeout = options.RequestHeadersTimeout;
        });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<HardeningOptions>>((limiter, hardening) =>
            RateLimits.Configure(limiter, hardening.Value));
        services.AddOptions<HttpsRedirectionOptions>().Configure<IOptions<HardeningOptions>>((redirection, hardening) =>
            redirection.HttpsPort = hardening.Value.HttpsPort);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<HardeningOptions>>((forwarded, hardening) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in hardening.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = true;
        });
        services.Configure<CookiePolicyOptions>(cookies =>
        {
            cookies.Secure = CookieSecurePolicy.SameAsRequest;
            cookies.HttpOnly = HttpOnlyPolicy.Always;
            cookies.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.HttpOnly = true;
            // X-Frame-Options: DENY is set on every response by the security headers.
            antiforgery.SuppressXFrameOptionsHeader = true;
        });
        services.AddRateLimiter(_ => { });
        services.AddExceptionHandler<RequestLimits.Handler>();
        services.AddExceptionHandler<Unavailability.Handler>();
        services.Configure<StatusCodePagesOptions>(pages => pages.HandleAsync = ApiStatusPages.HandleAsync);
        return builder;
    }

    /// <summary>
    /// Adds the middleware; call it first after building the app, so that static files and errors carry the
    /// headers too, and before anything that writes cookies.
    /// </summary>
    public static WebApplication UseHardening(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<HardeningOptions>>().Value;
        if (options.KnownProxies.Length > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        if (options.HttpsRedirection)
        {
            app.UseHttpsRedirection();
        }

        app.UseCookiePolicy();
        app.UseRateLimiter();
        app.UseRequestLimits();
        return app;
    }
}
