using AntiTrafficking.GrainInterfaces.Accounts;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.WebFrontend.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Orleans.TestingHost;

namespace AntiTrafficking.Web.Tests.Infrastructure;

/// <summary>
/// One silo reachable over TCP and the web front end (in a test server) connected to it as a real Orleans client,
/// shared by every test of the collection. The first administrator is bootstrapped from configuration; clients act
/// through API keys or signed-in accounts of the parties the tests name.
/// </summary>
public sealed class WebFixture : WebFixture<TestSiloConfigurator>;

/// <summary>The same, with the silo configured by <typeparamref name="TSilo"/>.</summary>
public class WebFixture<TSilo> : IAsyncLifetime
    where TSilo : ISiloConfigurator, new()
{
    /// <summary>The bootstrapped administrator's sign-in name.</summary>
    public const string AdminUserName = "admin";

    /// <summary>The site's address in tests: HTTPS, so the Secure sign-in cookie is kept by the clients.</summary>
    public static readonly Uri Site = new("https://localhost");

    private readonly ConcurrentDictionary<ActingParty, Lazy<Task<string?>>> _keys = new();
    private TestCluster? _cluster;
    private WebApplicationFactory<Program>? _factory;
    private HttpClient? _admin;

    /// <summary>The bootstrapped administrator's password (random per run).</summary>
    public string AdminPassword { get; } = "Pw-" + Guid.NewGuid().ToString("N");

    private WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("The fixture is not started.");

    /// <summary>
    /// A client for the tests written before sign-in: each API request carries the key of the party its body names
    /// (see <see cref="ActorKeyHandler"/>); pages are requested anonymously.
    /// </summary>
    public HttpClient CreateClient() =>
        Factory.CreateDefaultClient(Site, new RedirectHandler(), new CookieContainerHandler(), new ActorKeyHandler(KeyForAsync));

    /// <summary>A client with no identity (the public); redirects are not followed.</summary>
    public HttpClient AnonymousClient() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Site, AllowAutoRedirect = false });

    /// <summary>A client sending an API key of <paramref name="party"/> (issued once per party through the admin API).</summary>
    public async Task<HttpClient> ClientForAsync(ActingParty party)
    {
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Add(ApiKeySecrets.Header, await KeyForAsync(party) ?? throw new InvalidOperationException($"No key could be issued for {party}."));
        return client;
    }

    /// <summary>A client signed in with a new local account of <paramref name="party"/> (its user id is the user name).</summary>
    public async Task<HttpClient> SignedInClientAsync(ActingParty party)
    {
        var password = "Pw-" + Guid.NewGuid().ToString("N");
        using (var created = await (await AdminAsync()).PostAsJsonAsync("/api/v1/admin/accounts",
            new AccountRequest(party.UserId, password, party.Role, party.AgencyCode, party.DistrictCode, party.UserId), TestJson.Options))
        {
            Assert.True(created.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.Conflict, $"account {party.UserId}: {(int)created.StatusCode}");
            if (created.StatusCode == HttpStatusCode.Conflict)
            {
                using var reset = await (await AdminAsync()).PostAsJsonAsync($"/api/v1/admin/accounts/{party.UserId}/password", new PasswordRequest(password), TestJson.Options);
                Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
            }
        }

        var client = AnonymousClient();
        using var signedIn = await client.SignInAsync(party.UserId, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    /// <summary>The bootstrapped administrator, signed in with a cookie.</summary>
    public async Task<HttpClient> AdminAsync()
    {
        if (_admin is null)
        {
            var client = AnonymousClient();
            using var signedIn = await client.SignInAsync(AdminUserName, AdminPassword);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            _admin = client;
        }

        return _admin;
    }

    /// <summary>The key of <paramref name="party"/>, issued on first use; null when the party cannot have one (e.g. an unknown agency).</summary>
    public Task<string?> KeyForAsync(ActingParty party) =>
        _keys.GetOrAdd(party, p => new Lazy<Task<string?>>(() => IssueAsync(p))).Value;

    private async Task<string?> IssueAsync(ActingParty party)
    {
        using var response = await (await AdminAsync()).PostAsJsonAsync("/api/v1/admin/api-keys",
            new ApiKeyRequest(party.UserId, party.Role, party.AgencyCode, party.DistrictCode, "web tests",
                DateOnly.FromDateTime(TestSiloConfigurator.Now.UtcDateTime).AddYears(1)), TestJson.Options);
        return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<IssuedApiKey>(TestJson.Options))!.Key : null;
    }

    /// <summary>A handler reaching the site in memory, for clients built elsewhere (a SignalR connection, for instance).</summary>
    public HttpMessageHandler CreateHandler() => Factory.Server.CreateHandler();

    /// <summary>The web front end's services (its endpoint list, for instance).</summary>
    public IServiceProvider Services => Factory.Services;

    /// <summary>The test silo's services (its audit trail, for instance).</summary>
    public IServiceProvider SiloServices =>
        ((InProcessSiloHandle)(_cluster?.Primary ?? throw new InvalidOperationException("The fixture is not started."))).SiloHost.Services;

    /// <summary>The same site in another environment (the factory's default is Development); the caller disposes it.</summary>
    public WebApplicationFactory<Program> InEnvironment(string environment) =>
        (_factory ?? throw new InvalidOperationException("The fixture is not started.")).WithWebHostBuilder(web => web.UseEnvironment(environment));

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket;
        builder.Options.InitializeClientOnDeploy = false;
        builder.AddSiloBuilderConfigurator<TSilo>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();

        var gateway = _cluster.Primary?.GatewayAddress?.Endpoint
            ?? throw new InvalidOperationException("The test silo has no gateway.");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("Orleans:Gateways", $"127.0.0.1:{gateway.Port}")
            .UseSetting("Orleans:ClusterId", _cluster.Options.ClusterId)
            .UseSetting("Orleans:ServiceId", _cluster.Options.ServiceId)
            .UseSetting("Orleans:ConnectTimeoutSeconds", "10")
            .UseSetting("Authentication:Bootstrap:UserName", AdminUserName)
            .UseSetting("Authentication:Bootstrap:Password", AdminPassword)
            // Tests sign in and post far more often than a person: the limits are proven by RateLimitTests alone.
            .UseSetting("Hardening:SignIn:PermitLimit", "1000000")
            .UseSetting("Hardening:Api:PermitLimit", "1000000")
            .ConfigureTestServices(ConfigureWebServices)
            .UseSettings(WebSettings));
        _factory.StartServer();
    }

    /// <summary>Services a derived fixture adds to the web front end (a test sign-in, for instance).</summary>
    protected virtual void ConfigureWebServices(IServiceCollection services)
    {
    }

    /// <summary>Configuration a derived fixture adds to the web front end (its TLS certificate, for instance).</summary>
    protected virtual IReadOnlyDictionary<string, string> WebSettings => new Dictionary<string, string>();

    public virtual async Task DisposeAsync()
    {
        _admin?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }
    }
}

/// <summary>Applies several settings to a web host builder.</summary>
internal static class WebHostSettings
{
    public static IWebHostBuilder UseSettings(this IWebHostBuilder web, IReadOnlyDictionary<string, string> settings)
    {
        foreach (var (key, value) in settings)
        {
            web.UseSetting(key, value);
        }

        return web;
    }
}
