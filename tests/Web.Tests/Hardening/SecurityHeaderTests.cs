using System.Net;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests.Hardening;

/// <summary>Every response — pages, the API, static files, errors — carries the security headers; cookies are secure over HTTPS.</summary>
[Collection(WebCollection.Name)]
public sealed class SecurityHeaderTests(WebFixture fixture)
{
    private const string Https = "https://giamsat.quangninh.example";

    [Theory]
    [InlineData("/")]
    [InlineData("/huyen/193?period=2013")]
    [InlineData("/chi-tieu/IND-03")]
    [InlineData("/nhap-lieu/khao-sat-nhan-thuc")]
    [InlineData("/api/v1/provinces/22/scorecard?period=2013")]
    [InlineData("/api/v1/communes/99999/scorecard")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/css/site.css")]
    [InlineData("/js/live.js")]
    [InlineData("/lib/chart.js/chart.umd.min.js")]
    [InlineData("/khong-co-trang-nay")]
    [InlineData("/health/live")]
    public async Task EveryKindOfResponseCarriesTheSecurityHeaders(string path)
    {
        using var response = await fixture.CreateClient().GetAsync(path);

        var policy = Directives(Header(response, "Content-Security-Policy"));
        Assert.Equal(["'self'"], policy["default-src"]);
        Assert.Equal(["'self'"], policy["script-src"]);
        Assert.Equal(["'self'"], policy["style-src"]);
        // The fixture's clients speak HTTPS (the sign-in cookie is a __Host- cookie), so SignalR's socket is wss.
        Assert.Equal(["'self'", "wss://localhost"], policy["connect-src"]);
        Assert.Equal(["'none'"], policy["frame-ancestors"]);
        Assert.Equal(["'none'"], policy["object-src"]);
        Assert.Equal(["'self'"], policy["base-uri"]);
        Assert.Equal(["'self'"], policy["form-action"]);
        Assert.DoesNotContain(policy.Values.SelectMany(v => v), v => v.Contains("unsafe", StringComparison.Ordinal) || v == "*");
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
        Assert.Contains("geolocation=()", Header(response, "Permissions-Policy"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS is sent in Development");
    }

    [Fact]
    public async Task TheApisAnswersAreNeverCached()
    {
        using var response = await fixture.CreateClient().GetAsync("/api/v1/provinces/22/scorecard?period=2013");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store is missing");
    }

    [Fact]
    public async Task OverHttpsInProductionEveryResponseCarriesHstsForAYearWithSubdomains()
    {
        await using var production = new SiteVariant(fixture, "Production");
        using var client = production.Client(Https);

        foreach (var path in new[] { "/", "/api/v1/provinces/22/scorecard?period=2013", "/css/site.css", "/khong-co-trang-nay" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal("max-age=31536000; includeSubDomains", Header(response, "Strict-Transport-Security"));
            Assert.Equal(["'self'", "wss://giamsat.quangninh.example"], Directives(Header(response, "Content-Security-Policy"))["connect-src"]);
        }

        using var plain = await production.Client("http://giamsat.quangninh.example").GetAsync("/");
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"), "HSTS is sent over plain HTTP");
    }

    [Fact]
    public async Task WithHttpsRedirectionOnAPlainRequestIsSentToHttps()
    {
        await using var redirecting = new SiteVariant(fixture, "Production",
            new Dictionary<string, string> { ["Hardening:HttpsRedirection"] = "true", ["Hardening:HttpsPort"] = "443" });

        using var response = await redirecting.Client("http://giamsat.quangninh.example").GetAsync("/huyen/193?period=2013");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://giamsat.quangninh.example/huyen/193?period=2013", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task TheLanguageCookieIsHttpOnlyAndLaxAndSecureOverHttps()
    {
        await using var site = new SiteVariant(fixture, "Development");

        var secure = await SetCookieAsync(site.Client(Https), "/ngon-ngu/en-GB?returnUrl=%2F", ".AspNetCore.Culture");
        var plain = await SetCookieAsync(site.Client(), "/ngon-ngu/en-GB?returnUrl=%2F", ".AspNetCore.Culture");

        Assert.Contains("secure", secure);
        Assert.Contains("httponly", secure);
        Assert.Contains("samesite=lax", secure);
        Assert.DoesNotContain("secure", plain);
        Assert.Contains("httponly", plain);
    }

    [Fact]
    public async Task TheAntiforgeryCookieOfAFormIsHttpOnlyStrictAndSecureOverHttps()
    {
        await using var site = new SiteVariant(fixture, "Development", new Dictionary<string, string>());

        // The sign-in form is the one form anyone may open.
        var secure = await SetCookieAsync(site.Client(Https), "/dang-nhap", ".AspNetCore.Antiforgery.");

        Assert.Contains("secure", secure);
        Assert.Contains("httponly", secure);
        Assert.Contains("samesite=strict", secure);
    }

    /// <summary>The attributes of the cookie whose name starts with <paramref name="name"/>, lower case, without its value.</summary>
    private static async Task<string[]> SetCookieAsync(HttpClient client, string path, string name)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.Headers.TryGetValues("Set-Cookie", out var cookies), $"GET {path} set no cookie ({(int)response.StatusCode})");
        var cookie = cookies.SingleOrDefault(c => c.StartsWith(name, StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"GET {path} did not set {name}: {string.Join(" | ", cookies)}");
        return cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToArray();
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} ({(int)response.StatusCode}) has no {name} header");

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);
}
