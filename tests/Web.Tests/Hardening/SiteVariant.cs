using AntiTrafficking.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AntiTrafficking.Web.Tests.Hardening;

/// <summary>The fixture's site in another environment and with other settings (small rate limits, for instance), on the same silo.</summary>
internal sealed class SiteVariant : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _environment;

    public SiteVariant(WebFixture fixture, string environment, IReadOnlyDictionary<string, string>? settings = null)
    {
        _environment = fixture.InEnvironment(environment);
        Factory = _environment.WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                web.UseSetting(key, value);
            }
        });
    }

    public WebApplicationFactory<Program> Factory { get; }

    /// <summary>A client that keeps Set-Cookie headers and redirects for the test to read, at <paramref name="baseAddress"/>.</summary>
    public HttpClient Client(string baseAddress = "http://localhost") =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri(baseAddress),
            AllowAutoRedirect = false,
            HandleCookies = false,
        });

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _environment.DisposeAsync();
    }
}
