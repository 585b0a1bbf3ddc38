using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace AntiTrafficking.Web.Tests.Infrastructure;

/// <summary>
/// One silo reachable over TCP and the web front end (in a test server) connected to it as a real Orleans client,
/// shared by every test of the collection.
/// </summary>
public sealed class WebFixture : WebFixture<TestSiloConfigurator>;

/// <summary>The same, with the silo configured by <typeparamref name="TSilo"/>.</summary>
public class WebFixture<TSilo> : IAsyncLifetime
    where TSilo : ISiloConfigurator, new()
{
    private TestCluster? _cluster;
    private WebApplicationFactory<Program>? _factory;

    /// <summary>A client of the web front end; each call gives a fresh one with no default headers.</summary>
    public HttpClient CreateClient() =>
        (_factory ?? throw new InvalidOperationException("The fixture is not started.")).CreateClient();

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
            .UseSetting("Site:DataEntry", "true")
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
