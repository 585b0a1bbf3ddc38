using System.Diagnostics;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Hosting.Tls;
using AntiTrafficking.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace AntiTrafficking.Web.Tests.Tls;

/// <summary>
/// A silo with mutual TLS and the web front end connected to it as a TLS client through its own configuration
/// (Orleans:Tls), with certificates issued by deploy/tls/issue-certs.sh into a folder of the test's own.
/// </summary>
public sealed class TlsWebFixture : WebFixture<TlsWebFixture.Silo>
{
    private static readonly Lazy<string> Pki = new(IssueCertificates);

    protected override IReadOnlyDictionary<string, string> WebSettings => Settings("web");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(Pki.Value, recursive: true);
    }

    private static Dictionary<string, string> Settings(string name) => new()
    {
        ["Orleans:Tls:Enabled"] = "true",
        ["Orleans:Tls:CertificatePath"] = Path.Combine(Pki.Value, $"{name}.crt"),
        ["Orleans:Tls:KeyPath"] = Path.Combine(Pki.Value, $"{name}.key"),
        ["Orleans:Tls:CaCertificatePath"] = Path.Combine(Pki.Value, "province-ca.crt"),
    };

    private static string IssueCertificates()
    {
        var folder = Directory.CreateTempSubdirectory("antitrafficking-web-tls-").FullName;
        var script = Path.Combine(Path.GetDirectoryName(DataFolder.Resolve(null))!, "deploy", "tls", "issue-certs.sh");
        foreach (var arguments in new[] { new[] { "ca", folder }, ["silo", folder, "silo-1"], ["client", folder, "web"] })
        {
            using var process = Process.Start(new ProcessStartInfo("bash", [script, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"issue-certs.sh {string.Join(' ', arguments)} failed: {output}");
            }
        }

        return folder;
    }

    /// <summary>The web tests' silo, with TLS from the script's silo certificate.</summary>
    public sealed class Silo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            new TestSiloConfigurator().Configure(siloBuilder);
            var settings = Settings("silo-1").Select(s => KeyValuePair.Create(s.Key, (string?)s.Value));
            siloBuilder.UseProvinceTls(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        }
    }
}

/// <summary>The TLS web tests have their silo and web front end to themselves.</summary>
[CollectionDefinition(Name)]
public sealed class TlsWebCollection : ICollectionFixture<TlsWebFixture>
{
    public const string Name = "tls-web";
}
