using System.Security.Claims;
using System.Text.Encodings.Web;
using AntiTrafficking.GrainInterfaces.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace AntiTrafficking.WebFrontend.Security;

/// <summary>Authenticates a request by its API key (header <c>X-Api-Key</c> or <c>Authorization: ApiKey …</c>), checked by the key's grain.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IGrainFactory grains)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>Whether the request presents an API key at all.</summary>
    public static bool Presents(HttpRequest request) =>
        request.Headers.ContainsKey(ApiKeySecrets.Header)
        || request.Headers.Authorization.ToString().StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Presents(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var key = Request.Headers.TryGetValue(ApiKeySecrets.Header, out var header)
            ? header.ToString()
            : Request.Headers.Authorization.ToString()[(SchemeName.Length + 1)..];
        if (!ApiKeySecrets.TryRead(key.Trim(), out var id, out var hash))
        {
            return AuthenticateResult.Fail("The API key is malformed.");
        }

        var party = await grains.GetGrain<IApiKeyGrain>(id).AuthenticateAsync(hash);
        if (party is null)
        {
            // The id only: never the secret.
            Logger.LogInformation("API key {KeyId} refused (unknown, wrong secret, revoked or expired)", id);
            return AuthenticateResult.Fail("The API key is unknown, revoked or expired.");
        }

        var principal = new ClaimsPrincipal(PartyClaims.Identity(party, party.UserId, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
