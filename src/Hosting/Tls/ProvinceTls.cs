using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Orleans.Connections.Security;
using Orleans.Hosting;

namespace AntiTrafficking.Hosting.Tls;

/// <summary>
/// Mutual TLS on every Orleans connection, trusting only the province's CA (never the machine's certificate store):
/// silos accept on their silo port only silo certificates (extended key usage Server Authentication) and on their
/// gateway only certificates for Client Authentication; clients accept only silo certificates. Host names are not
/// checked: silos are reached by the addresses in the membership table, and what TLS proves here is that the peer
/// holds the key of a certificate the province's CA issued for that use.
/// </summary>
public static class ProvinceTls
{
    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1");
    private static readonly Oid ClientAuthentication = new("1.3.6.1.5.5.7.3.2");

    /// <summary>The settings of <paramref name="config"/>'s <c>Orleans:Tls</c> section, or null when TLS is off.</summary>
    public static TlsSettings? Read(IConfiguration config)
    {
        var settings = config.GetSection(TlsSettings.Section).Get<TlsSettings>();
        return settings is { Enabled: true } ? settings : null;
    }

    /// <summary>Silo-to-silo and client-to-silo TLS on a silo, when <c>Orleans:Tls:Enabled</c> is true.</summary>
    public static ISiloBuilder UseProvinceTls(this ISiloBuilder builder, IConfiguration config)
    {
        if (Read(config) is not { } settings)
        {
            return builder;
        }

        var certificate = LoadCertificate(settings)
            ?? throw Missing("Silo cần chứng thư của mình (Orleans:Tls:CertificatePath và KeyPath, hoặc PfxPath)",
                "A silo needs its certificate (Orleans:Tls:CertificatePath and KeyPath, or PfxPath)");
        var authority = LoadAuthority(settings);
        var peers = Options(settings, certificate, c => IsIssuedBy(c, authority, ServerAuthentication, settings.RevokedSerialNumbers), required: true);
        var clients = Options(settings, certificate, c => IsIssuedBy(c, authority, ClientAuthentication, settings.RevokedSerialNumbers), settings.RequireClientCertificate);
        return builder.Configure<SiloConnectionOptions>(connections =>
        {
            connections.ConfigureSiloInboundConnection(c => c.UseServerTls(peers));
            connections.ConfigureSiloOutboundConnection(c => c.UseClientTls(peers));
            connections.ConfigureGatewayInboundConnection(c => c.UseServerTls(clients));
        });
    }

    /// <summary>Client-to-silo TLS on a grain client (the web front end, an agency's system), when <c>Orleans:Tls:Enabled</c> is true.</summary>
    public static IClientBuilder UseProvinceTls(this IClientBuilder builder, IConfiguration config)
    {
        if (Read(config) is not { } settings)
        {
            return builder;
        }

        var authority = LoadAuthority(settings);
        var certificate = LoadCertificate(settings);
        var silos = Options(settings, certificate, c => IsIssuedBy(c, authority, ServerAuthentication, settings.RevokedSerialNumbers), required: true);
        return builder.UseTls(options =>
        {
            Copy(silos, options);
            // Without a certificate of its own the client presents none (silos with RequireClientCertificate refuse it).
            options.ClientCertificateMode = certificate is null ? RemoteCertificateMode.AllowCertificate : RemoteCertificateMode.RequireCertificate;
        });
    }

    /// <summary>
    /// True when <paramref name="certificate"/> chains to one of <paramref name="authority"/>'s certificates, is valid
    /// now, allows <paramref name="usage"/> and is not withdrawn. The machine's certificate store plays no part.
    /// </summary>
    public static bool IsIssuedBy(X509Certificate2 certificate, X509Certificate2Collection authority, Oid usage, IEnumerable<string> revokedSerialNumbers)
    {
        if (revokedSerialNumbers.Any(s => string.Equals(s.Replace(":", "", StringComparison.Ordinal), certificate.SerialNumber, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(usage);
        try
        {
            return chain.Build(certificate);
        }
        finally
        {
            foreach (var element in chain.ChainElements)
            {
                element.Certificate.Dispose();
            }
        }
    }

    /// <summary>The usage a silo's certificate must allow.</summary>
    public static Oid SiloUsage => ServerAuthentication;

    /// <summary>The usage a grain client's certificate must allow.</summary>
    public static Oid ClientUsage => ClientAuthentication;

    private static TlsOptions Options(TlsSettings settings, X509Certificate2? certificate, Func<X509Certificate2, bool> accept, bool required) => new()
    {
        LocalCertificate = certificate,
        RemoteCertificateMode = required ? RemoteCertificateMode.RequireCertificate : RemoteCertificateMode.AllowCertificate,
        ClientCertificateMode = required ? RemoteCertificateMode.RequireCertificate : RemoteCertificateMode.AllowCertificate,
        // The platform's verdict (machine store, host name) is ignored: only the province's CA decides.
        RemoteCertificateValidation = (remote, _, _) => accept(remote),
        HandshakeTimeout = settings.HandshakeTimeout,
        // Silos are addressed by IP; the name sent for SNI is not checked by either side.
        OnAuthenticateAsClient = (_, client) => client.TargetHost = "antitrafficking-silo",
    };

    private static void Copy(TlsOptions from, TlsOptions to)
    {
        to.LocalCertificate = from.LocalCertificate;
        to.RemoteCertificateMode = from.RemoteCertificateMode;
        to.ClientCertificateMode = from.ClientCertificateMode;
        to.RemoteCertificateValidation = from.RemoteCertificateValidation;
        to.HandshakeTimeout = from.HandshakeTimeout;
        to.OnAuthenticateAsClient = from.OnAuthenticateAsClient;
    }

    private static X509Certificate2? LoadCertificate(TlsSettings settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.PfxPath))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(settings.PfxPath, settings.PfxPassword);
        }

        if (string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(settings.KeyPath))
        {
            throw Missing("Thiếu Orleans:Tls:KeyPath (khóa riêng của chứng thư)", "Orleans:Tls:KeyPath (the certificate's private key) is missing");
        }

        using var pem = X509Certificate2.CreateFromPemFile(settings.CertificatePath, settings.KeyPath);
        // Exported and re-imported so that the key is usable by TLS on every platform.
        return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
    }

    private static X509Certificate2Collection LoadAuthority(TlsSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.CaCertificatePath))
        {
            throw Missing("Thiếu Orleans:Tls:CaCertificatePath (chứng thư CA của tỉnh)", "Orleans:Tls:CaCertificatePath (the province's CA certificate) is missing");
        }

        var authority = new X509Certificate2Collection();
        authority.ImportFromPemFile(settings.CaCertificatePath);
        return authority.Count > 0 ? authority
            : throw Missing($"Tệp {settings.CaCertificatePath} không chứa chứng thư CA nào", $"The file {settings.CaCertificatePath} holds no CA certificate");
    }

    private static InvalidOperationException Missing(string vi, string en) => new($"{vi}. / {en}.");
}
