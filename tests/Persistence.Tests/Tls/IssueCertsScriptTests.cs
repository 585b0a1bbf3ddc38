using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Hosting.Tls;

namespace AntiTrafficking.Persistence.Tests.Tls;

/// <summary>
/// deploy/tls/issue-certs.sh (openssl) makes a CA whose silo and client certificates pass the checks the silos and
/// clients make (<see cref="ProvinceTls.IsIssuedBy"/>), each for its own use only, and signs an agency's request
/// without seeing its key; a certificate of a second CA the script made elsewhere does not pass.
/// </summary>
public sealed class IssueCertsScriptTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("antitrafficking-issue-").FullName;

    [Fact]
    public async Task TheScriptsCertificatesPassForTheirOwnUseAndNoOther()
    {
        await RunAsync("ca", Path.Combine(_folder, "province"));
        await RunAsync("silo", Path.Combine(_folder, "province"), "silo-1", "silo-1.internal");
        await RunAsync("client", Path.Combine(_folder, "province"), "web");
        await RunAsync("ca", Path.Combine(_folder, "other"));
        await RunAsync("client", Path.Combine(_folder, "other"), "stranger");
        // An agency makes its own key and request; the province signs the request.
        var agencyKey = Path.Combine(_folder, "tttt-system.key");
        await RunProcessAsync("openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
            "-keyout", agencyKey, "-subj", "/C=VN/O=So TTTT/CN=tttt-system", "-out", Path.Combine(_folder, "tttt-system.csr"));
        await RunAsync("sign", Path.Combine(_folder, "province"), Path.Combine(_folder, "tttt-system.csr"));

        var authority = new X509Certificate2Collection();
        authority.ImportFromPemFile(Path.Combine(_folder, "province", "province-ca.crt"));
        using var silo = Load("province", "silo-1");
        using var web = Load("province", "web");
        using var agency = Load("province", "tttt-system");
        using var stranger = Load("other", "stranger");

        Assert.True(ProvinceTls.IsIssuedBy(silo, authority, ProvinceTls.SiloUsage, []));
        Assert.True(ProvinceTls.IsIssuedBy(silo, authority, ProvinceTls.ClientUsage, []));
        Assert.True(ProvinceTls.IsIssuedBy(web, authority, ProvinceTls.ClientUsage, []));
        Assert.True(ProvinceTls.IsIssuedBy(agency, authority, ProvinceTls.ClientUsage, []));
        Assert.False(ProvinceTls.IsIssuedBy(web, authority, ProvinceTls.SiloUsage, []));
        Assert.False(ProvinceTls.IsIssuedBy(agency, authority, ProvinceTls.SiloUsage, []));
        Assert.False(ProvinceTls.IsIssuedBy(stranger, authority, ProvinceTls.ClientUsage, []));
        Assert.False(ProvinceTls.IsIssuedBy(agency, authority, ProvinceTls.ClientUsage, [agency.SerialNumber]));
        Assert.False(File.Exists(Path.Combine(_folder, "province", "tttt-system.key")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private X509Certificate2 Load(string ca, string name) =>
        X509CertificateLoader.LoadCertificateFromFile(Path.Combine(_folder, ca, $"{name}.crt"));

    private static Task RunAsync(params string[] arguments) =>
        RunProcessAsync("bash", [Path.Combine(Path.GetDirectoryName(DataFolder.Resolve(null))!, "deploy", "tls", "issue-certs.sh"), .. arguments]);

    private static async Task RunProcessAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {await output}{await errors}");
    }
}
