using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Orleans.Dashboard;

namespace AntiTrafficking.WebFrontend.Security;

/// <summary>
/// Sign-in (local accounts with a cookie, optionally the province's OpenID Connect provider), API keys, and the
/// policies of <see cref="Policies"/> from the roles of <see cref="ActorRole"/>.
/// </summary>
public static class SecuritySetup
{
    /// <summary>The scheme that picks the API key when one is presented, else the cookie.</summary>
    public const string Scheme = "SignedInOrKey";

    /// <summary>The claim telling how the user signed in: "local" (an account grain) or "oidc".</summary>
    public const string SourceClaim = "anti-trafficking:source";

    /// <summary>The claim of a local sign-in naming its session in the account's grain (<see cref="IAccountGrain.GetSessionAsync"/>).</summary>
    public const string SessionClaim = "anti-trafficking:session";

    /// <summary>Registers authentication, the policies and the page conventions.</summary>
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var auth = services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, Scheme, o => o.ForwardDefaultSelector = context =>
                ApiKeyAuthenticationHandler.Presents(context.Request) ? ApiKeyAuthenticationHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(o =>
            {
                o.Cookie.Name = "__Host-at-auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                // Strict: the cookie also authorizes the JSON API, so no request started by another site may carry it.
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.Path = "/";
                o.ExpireTimeSpan = builder.Configuration.GetValue("Authentication:IdleTimeout", TimeSpan.FromMinutes(30));
                o.SlidingExpiration = true;
                o.LoginPath = "/dang-nhap";
                o.LogoutPath = "/dang-xuat";
                o.AccessDeniedPath = "/dang-nhap/tu-choi";
                o.Events.OnValidatePrincipal = SessionStillOpenAsync;
            });
        if (builder.Configuration.GetSection(OidcSettings.Section).Exists())
        {
            AddOidc(auth, builder.Configuration.GetSection(OidcSettings.Section).Get<OidcSettings>() ?? new OidcSettings());
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Aggregates, p => p.RequireRole(Enum.GetNames<ActorRole>()))
            .AddPolicy(Policies.DataEntry, p => p.RequireRole(Roles(ActorRole.AgencyOfficer, ActorRole.DistrictOfficer, ActorRole.CaseWorker)))
            .AddPolicy(Policies.CaseWorker, p => p.RequireRole(Roles(ActorRole.CaseWorker)))
            .AddPolicy(Policies.Administrator, p => p.RequireRole(Roles(ActorRole.Administrator)));
        services.Configure<RazorPagesOptions>(o => o.Conventions
            .AuthorizeFolder("/DataEntry", Policies.DataEntry)
            .AuthorizeFolder("/Reporting", Policies.Aggregates)
            .AuthorizeFolder("/Records", Policies.Aggregates)
            .AuthorizeFolder("/Admin", Policies.Administrator));
        services.AddSingleton<SecurityAdmin>();
        services.AddHostedService<AdministratorBootstrap>();
        return builder;
    }

    /// <summary>Authenticates and authorizes every request; maps the Orleans dashboard (administrators only).</summary>
    public static WebApplication UseSecurity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        // The dashboard is the operators' page, not part of the JSON API: it stays out of the OpenAPI document.
        app.MapOrleansDashboard(routePrefix: "/dashboard").RequireAuthorization(Policies.Administrator).ExcludeFromDescription();
        return app;
    }

    /// <summary>Whether the province's OpenID Connect provider is configured.</summary>
    public static bool OidcConfigured(IConfiguration config) => config.GetSection(OidcSettings.Section).Exists();

    private static string[] Roles(params ActorRole[] roles) => [.. roles.Select(r => r.ToString())];

    // Every request of a local sign-in asks the account's grain (no cache): a cookie whose session was ended (sign-out,
    // a new password, disabling, an administrator), or that names no session, stops working at its next request, even a
    // copy kept elsewhere; the cookie is deleted.
    private static async Task SessionStillOpenAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.FindFirst(SourceClaim)?.Value != "local" || PartyClaims.Party(context.Principal) is not { } party)
        {
            return;
        }

        var session = context.Principal.FindFirst(SessionClaim)?.Value;
        var open = session is null
            ? null
            : await context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(party.UserId).GetSessionAsync(session);
        if (open != party)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static void AddOidc(AuthenticationBuilder auth, OidcSettings settings) =>
        auth.AddOpenIdConnect(o =>
        {
            o.Authority = settings.Authority;
            o.ClientId = settings.ClientId;
            o.ClientSecret = settings.ClientSecret;
            o.ResponseType = "code";
            o.UsePkce = true;
            o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.CallbackPath = "/dang-nhap/oidc-callback";
            o.SignedOutCallbackPath = "/dang-xuat/oidc-callback";
            o.Scope.Clear();
            o.Scope.Add("openid");
            o.Scope.Add("profile");
            o.MapInboundClaims = false;
            o.GetClaimsFromUserInfoEndpoint = true;
            o.CorrelationCookie.SameSite = SameSiteMode.None;
            o.NonceCookie.SameSite = SameSiteMode.None;
            o.Events.OnTokenValidated = context =>
            {
                if (OidcClaimMapping.Map(context.Principal!.Claims, settings) is not { } party)
                {
                    context.Fail("The provider's user has no role of this system.");
                    return Task.CompletedTask;
                }

                var identity = PartyClaims.Identity(party, context.Principal.FindFirst("name")?.Value ?? party.UserId, OpenIdConnectDefaults.AuthenticationScheme);
                identity.AddClaim(new System.Security.Claims.Claim(SourceClaim, "oidc"));
                context.Principal = new System.Security.Claims.ClaimsPrincipal(identity);
                return Task.CompletedTask;
            };
        });
}
