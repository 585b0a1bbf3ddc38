using System.Net;
using System.Net.Sockets;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Accounts;
using AntiTrafficking.WebFrontend.Security;
using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>The seeded account of a district officer of Đông Triều (205), who enters their communes' data.</summary>
    public static readonly ActingParty Officer = new("officer-browser", null, ActorRole.DistrictOfficer, "205");

    /// <summary>An officer of the Department of Culture (VHTTDL, Project 1): surveys anywhere, through the API.</summary>
    public static readonly ActingParty CultureOfficer = new("culture-browser", "VHTTDL");

    private static readonly ActingParty Seeder = new("browser-tests", Role: ActorRole.Administrator);

    /// <summary>The seeded officer's password (random per run).</summary>
    public string OfficerPassword { get; } = "Pw-" + Guid.NewGuid().ToString("N");

    /// <summary>The culture officer's API key, for the surveys the tests send through the JSON API.</summary>
    public string CultureApiKey { get; private set; } = "";

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

    /// <summary>A client of the site's JSON API, acting with the culture officer's key.</summary>
    public HttpClient CreateApiClient() => ApiClient(CultureApiKey);

    /// <summary>A client of the site's JSON API acting as an officer of <paramref name="district"/> (a key issued for the call).</summary>
    public async Task<HttpClient> DistrictApiClientAsync(string district) =>
        ApiClient(await IssueKeyAsync(new ActingParty($"officer-{district}", null, ActorRole.DistrictOfficer, district)));

    private HttpClient ApiClient(string key)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add(ApiKeySecrets.Header, key);
        return client;
    }

    /// <summary>Signs <paramref name="page"/> in as the seeded officer through the sign-in page, by its labels.</summary>
    public async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/dang-nhap");
        await page.GetByLabel("Tên đăng nhập").FillAsync(Officer.UserId);
        await page.GetByLabel("Mật khẩu").FillAsync(OfficerPassword);
        await page.GetByLabel("Mật khẩu").PressAsync("Enter");
        await page.WaitForURLAsync(BaseAddress.ToString());
    }

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
            .UseSetting("Orleans:ConnectTimeoutSeconds", "10"));
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        _factory.StartServer();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        await SeedOfficerAsync();

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

    // Seeded through the grains as a trusted grain client would (the admin pages are tested in the web tests).
    private async Task SeedOfficerAsync()
    {
        Assert.Null(await Grains.GetGrain<IAccountGrain>(Officer.UserId).CreateAsync(Seeder,
            new NewAccount(OfficerPassword, Officer.Role, Officer.AgencyCode, Officer.DistrictCode, "Cán bộ thử nghiệm")));
        CultureApiKey = await IssueKeyAsync(CultureOfficer);
    }

    private async Task<string> IssueKeyAsync(ActingParty party)
    {
        var (_, key, error) = await Grains.IssueApiKeyAsync(Seeder, party, "browser tests", DateTimeOffset.UtcNow.AddDays(30));
        Assert.Null(error);
        return key;
    }

    private IGrainFactory Grains => (_factory ?? throw new InvalidOperationException("The fixture is not started.")).Services.GetRequiredService<IGrainFactory>();

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
