using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using Orleans.TestingHost;

namespace AntiTrafficking.Browser.Tests.Infrastructure;

/// <summary>
/// One silo over TCP, the web front end on a real loopback port (Kestrel) connected to it as an Orleans client,
/// and Debian's Chromium driven by Playwright; shared by the tests of the collection.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private TestCluster? _cluster;
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The site's address, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The folder where screenshots are saved.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>A fresh page at desktop size, in its own browser context (with scripts turned off when <paramref name="scripts"/> is false).</summary>
    public async Task<IPage> NewPageAsync(int width = 1366, int height = 900, bool scripts = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
            JavaScriptEnabled = scripts,
        });
        context.SetDefaultTimeout(10_000);
        return await context.NewPageAsync();
    }

    /// <summary>A client of the site's JSON API.</summary>
    public HttpClient CreateApiClient() => new() { BaseAddress = BaseAddress };

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture is not started.");

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket;
        builder.Options.InitializeClientOnDeploy = false;
        builder.AddSiloBuilderConfigurator<BrowserSiloConfigurator>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();

        var gateway = _cluster.Primary?.GatewayAddress?.Endpoint
            ?? throw new InvalidOperationException("The test silo has no gateway.");
        var port = FreeLoopbackPort();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("Orleans:Gateways", $"127.0.0.1:{gateway.Port}")
            .UseSetting("Orleans:ClusterId", _cluster.Options.ClusterId)
            .UseSetting("Orleans:ServiceId", _cluster.Options.ServiceId)
            .UseSetting("Orleans:ConnectTimeoutSeconds", "10")
            .UseSetting("Site:DataEntry", "true"));
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        _factory.StartServer();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");

        Directory.CreateDirectory(ScreenshotFolder);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
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

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
