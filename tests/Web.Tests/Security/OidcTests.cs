using System.Net;
using System.Security.Claims;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.Web.Tests.Infrastructure;
using AntiTrafficking.WebFrontend.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafficking.Web.Tests.Security;

/// <summary>The province's OpenID Connect provider: off unless configured; its claims mapped to our party.</summary>
[Collection(WebCollection.Name)]
public sealed class OidcTests(WebFixture fixture)
{
    private static readonly OidcSettings Settings = new()
    {
        Roles = new() { ["qn-lanh-dao"] = "Leader", ["qn-can-bo-co-quan"] = "AgencyOfficer", ["qn-can-bo-huyen"] = "DistrictOfficer" },
    };

    [Fact]
    public async Task WithoutTheSectionNoProviderIsRegisteredOrOffered()
    {
        var schemes = fixture.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        using var provider = await fixture.AnonymousClient().GetAsync("/dang-nhap/provider");

        Assert.Null(await schemes.GetSchemeAsync("OpenIdConnect"));
        Assert.DoesNotContain("sign-in-provider", await fixture.AnonymousClient().GetStringAsync("/dang-nhap"));
        Assert.Equal(HttpStatusCode.NotFound, provider.StatusCode);
    }

    [Fact]
    public async Task WithTheSectionTheProviderIsRegisteredAndOffered()
    {
        await using var configured = fixture.InEnvironment("Development").WithWebHostBuilder(web => web
            .UseSetting("Authentication:Oidc:Authority", "https://dang-nhap.quangninh.example")
            .UseSetting("Authentication:Oidc:ClientId", "theo-doi-138"));
        using var client = configured.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = WebFixture.Site });

        Assert.NotNull(await configured.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync("OpenIdConnect"));
        Assert.Contains("id=\"sign-in-provider\"", await client.GetStringAsync("/dang-nhap"));
    }

    [Fact]
    public void TheProvidersRoleAgencyAndDistrictBecomeOurParty()
    {
        Assert.Equal(new ActingParty("nguyen.van.a", "CA", ActorRole.AgencyOfficer),
            OidcClaimMapping.Map([new("preferred_username", "Nguyen.Van.A"), new("role", "khac"), new("role", "qn-can-bo-co-quan"), new("agency", "ca")], Settings));
        Assert.Equal(new ActingParty("can-bo-193", null, ActorRole.DistrictOfficer, "193"),
            OidcClaimMapping.Map([new("sub", "can-bo-193"), new("role", "qn-can-bo-huyen"), new("district", "193"), new("agency", "CA")], Settings));
        Assert.Equal(new ActingParty("lanh-dao", null, ActorRole.Leader),
            OidcClaimMapping.Map([new("preferred_username", "lanh-dao"), new("role", "qn-lanh-dao")], Settings));
    }

    [Fact]
    public void AUserWithoutAMappedRoleOrWithoutTheScopeItsRoleNeedsIsRefused()
    {
        Assert.Null(OidcClaimMapping.Map([new("preferred_username", "x"), new("role", "khac")], Settings));
        Assert.Null(OidcClaimMapping.Map([new("preferred_username", "x"), new("role", "qn-can-bo-co-quan")], Settings));
        Assert.Null(OidcClaimMapping.Map([new("preferred_username", "x"), new("role", "qn-can-bo-huyen")], Settings));
        Assert.Null(OidcClaimMapping.Map([new Claim("role", "qn-lanh-dao")], Settings));
    }
}
