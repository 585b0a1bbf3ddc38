using System.Text.Json;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Accounts;
using Microsoft.Playwright;

namespace AntiTrafficking.Browser.Tests.Infrastructure;

/// <summary>
/// The system as its users start it (<see cref="RunCommand"/>: ./run.sh, its own PostgreSQL, silo and web front end
/// on free ports) and Debian's Chromium driven by Playwright; the accounts and keys the tests use are made by the
/// first administrator through the admin API, as an administrator would. Shared by the tests of the collection.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private RunCommand? _system;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _admin;

    /// <summary>The site's address, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The seeded account of a district officer of Đông Triều (205), who enters their communes' data.</summary>
    public static readonly ActingParty Officer = new("officer-browser", null, ActorRole.DistrictOfficer, "205");

    /// <summary>An officer of the Department of Culture (VHTTDL, Project 1): surveys anywhere, through the API.</summary>
    public static readonly ActingParty CultureOfficer = new("culture-browser", "VHTTDL");

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

    /// <summary>The running ./run.sh, to crash its processes.</summary>
    internal RunCommand Run => _system ?? throw new InvalidOperationException("The fixture is not started.");

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

    /// <summary>Signs <paramref name="page"/> in as the first administrator, whose password ./run.sh made.</summary>
    public async Task SignInAsAdministratorAsync(IPage page)
    {
        await page.GotoAsync("/dang-nhap");
        await page.GetByLabel("Tên đăng nhập").FillAsync("admin");
        await page.GetByLabel("Mật khẩu").FillAsync(Run.AdminPassword);
        await page.GetByLabel("Mật khẩu").PressAsync("Enter");
        await page.WaitForURLAsync(BaseAddress.ToString());
    }

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture is not started.");

    public async Task InitializeAsync()
    {
        _system = await RunCommand.StartAsync();
        BaseAddress = _system.WebAddress;
        Directory.CreateDirectory(ScreenshotFolder);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        _admin = await NewPageAsync();
        await SignInAsAdministratorAsync(_admin);
        (await AdminPostAsync("/api/v1/admin/accounts", new
        {
            userName = Officer.UserId,
            password = OfficerPassword,
            role = "districtOfficer",
            districtCode = Officer.DistrictCode,
            displayName = "Cán bộ thử nghiệm",
        })).Dispose();
        CultureApiKey = await IssueKeyAsync(CultureOfficer);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_system is not null)
        {
            await _system.DisposeAsync();
        }
    }

    // Issued by the first administrator through the admin API (the admin pages are tested in the web tests).
    private async Task<string> IssueKeyAsync(ActingParty party)
    {
        using var issued = await AdminPostAsync("/api/v1/admin/api-keys", new
        {
            userId = party.UserId,
            role = JsonNamingPolicy.CamelCase.ConvertName(party.Role.ToString()),
            agencyCode = party.AgencyCode,
            districtCode = party.DistrictCode,
            label = "browser tests",
            expiresOn = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        return issued.RootElement.GetProperty("key").GetString()!;
    }

    private async Task<JsonDocument> AdminPostAsync(string path, object body)
    {
        var admin = _admin ?? throw new InvalidOperationException("The fixture is not started.");
        var response = await admin.APIRequest.PostAsync(path, new APIRequestContextOptions { DataObject = body });
        var text = await response.TextAsync();
        Assert.True(response.Ok, $"POST {path} answered {response.Status}: {text}");
        return JsonDocument.Parse(string.IsNullOrEmpty(text) ? "{}" : text);
    }
}
