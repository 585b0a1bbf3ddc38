using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Orleans.TestingHost;

namespace AntiTrafficking.Web.Tests.Reporting;

/// <summary>A silo with a movable calendar and the web front end connected to it, for the reporting tests.</summary>
public sealed class ReportingWebFixture : IAsyncLifetime
{
    private TestCluster? _cluster;
    private WebApplicationFactory<Program>? _factory;

    public HttpClient CreateClient() =>
        (_factory ?? throw new InvalidOperationException("The fixture is not started.")).CreateClient();

    /// <summary>Sets the silo's calendar to 10:00 in Vietnam on <paramref name="date"/>.</summary>
    public static void SetToday(DateOnly date) =>
        ReportingSiloConfigurator.Time.SetUtcNow(new DateTimeOffset(date.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket;
        builder.Options.InitializeClientOnDeploy = false;
        builder.AddSiloBuilderConfigurator<ReportingSiloConfigurator>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();

        var gateway = _cluster.Primary?.GatewayAddress?.Endpoint ?? throw new InvalidOperationException("The test silo has no gateway.");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("Orleans:Gateways", $"127.0.0.1:{gateway.Port}")
            .UseSetting("Orleans:ClusterId", _cluster.Options.ClusterId)
            .UseSetting("Orleans:ServiceId", _cluster.Options.ServiceId)
            .UseSetting("Orleans:ConnectTimeoutSeconds", "10"));
        _factory.StartServer();
    }

    public async Task DisposeAsync()
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
