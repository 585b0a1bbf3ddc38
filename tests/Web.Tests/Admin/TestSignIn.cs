using System.Security.Claims;
using System.Text.Encodings.Web;
using AntiTrafficking.WebFrontend.Admin;
using AntiTrafficking.WebFrontend.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AntiTrafficking.Web.Tests.Admin;

/// <summary>
/// A stand-in for sign-in, for the administrator tests only: the header <see cref="Header"/> ("user-id;Role[;agency]")
/// signs the request in as that user with that role; without it the request is anonymous. The Administrator policy
/// requires the Administrator role. The real sign-in replaces this once it is merged.
/// </summary>
internal sealed class TestSignIn(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "test";

    public const string Header = "X-Test-User";

    /// <summary>Registers the scheme and the Administrator policy in the web front end's services.</summary>
    public static void AddTo(IServiceCollection services)
    {
        services.AddAuthentication(SchemeName).AddScheme<AuthenticationSchemeOptions, TestSignIn>(SchemeName, _ => { });
        services.AddAuthorizationBuilder().AddPolicy(Policies.Administrator, p => p.RequireRole("Administrator"));
    }

    /// <summary>A client signed in as <paramref name="user"/> with <paramref name="role"/>.</summary>
    public static HttpClient As(HttpClient client, string user, string role, string? agency = null)
    {
        client.DefaultRequestHeaders.Add(Header, agency is null ? $"{user};{role}" : $"{user};{role};{agency}");
        return client;
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers[Header].ToString().Split(';') is not [var user, var role, .. var rest] || user.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        List<Claim> claims = [new(ClaimTypes.NameIdentifier, user), new(ClaimTypes.Name, user), new(ClaimTypes.Role, role)];
        claims.AddRange(rest.Select(agency => new Claim(AdminActor.AgencyClaim, agency)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
