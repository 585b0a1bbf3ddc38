using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AntiTrafficking.Persistence.Tests.Tls;

/// <summary>
/// Certificates made by the test (never committed) in a folder of its own: CAs, and silo or client certificates each
/// written as PEM certificate and key, as an operator's files would be.
/// </summary>
internal sealed class TestCertificates : IDisposable
{
    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1");
    private static readonly Oid ClientAuthentication = new("1.3.6.1.5.5.7.3.2");

    public string Folder { get; } = Directory.CreateTempSubdirectory("antitrafficking-tls-").FullName;

    /// <summary>A self-signed CA; its certificate is written to {name}.crt.</summary>
    public X509Certificate2 CreateAuthority(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}, O=UBND tinh Quang Ninh, C=VN", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var authority = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllText(PathOf(name, "crt"), authority.ExportCertificatePem());
        return authority;
    }

    /// <summary>A silo's certificate (server and client authentication), written to {name}.crt and {name}.key.</summary>
    public X509Certificate2 IssueSilo(X509Certificate2 authority, string name) => Issue(authority, name, [ServerAuthentication, ClientAuthentication]);

    /// <summary>A grain client's certificate (client authentication only), written to {name}.crt and {name}.key.</summary>
    public X509Certificate2 IssueClient(X509Certificate2 authority, string name) => Issue(authority, name, [ClientAuthentication]);

    /// <summary>The path of a file written here: {name}.{extension}.</summary>
    public string PathOf(string name, string extension) => Path.Combine(Folder, $"{name}.{extension}");

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private X509Certificate2 Issue(X509Certificate2 authority, string name, Oid[] usages)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}, O=UBND tinh Quang Ninh, C=VN", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([.. usages], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var issued = request.Create(authority, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(30), serial);
        var certificate = issued.CopyWithPrivateKey(key);
        File.WriteAllText(PathOf(name, "crt"), certificate.ExportCertificatePem());
        File.WriteAllText(PathOf(name, "key"), key.ExportPkcs8PrivateKeyPem());
        return certificate;
    }
}
