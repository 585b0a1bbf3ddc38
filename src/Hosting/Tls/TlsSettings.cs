namespace AntiTrafficking.Hosting.Tls;

/// <summary>
/// Mutual TLS between grain clients and silos and between silos (configuration section <c>Orleans:Tls</c>). Off by
/// default (development); required in production. Certificates are PEM files (certificate and key) or a PKCS#12 file,
/// and every peer's certificate must chain to the province's CA named by <see cref="CaCertificatePath"/>.
/// </summary>
public sealed class TlsSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Orleans:Tls";

    /// <summary>Turns TLS on for every Orleans connection of this process.</summary>
    public bool Enabled { get; set; }

    /// <summary>This process's certificate, PEM (it may be followed by intermediate CA certificates).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The private key of <see cref="CertificatePath"/>, PEM (unencrypted; protect it with file permissions).</summary>
    public string? KeyPath { get; set; }

    /// <summary>Instead of PEM files: a PKCS#12 (.pfx/.p12) file with the certificate and its key.</summary>
    public string? PfxPath { get; set; }

    /// <summary>The password of <see cref="PfxPath"/>.</summary>
    public string? PfxPassword { get; set; }

    /// <summary>The province's CA certificate(s), PEM: the only roots a peer's certificate may chain to.</summary>
    public string? CaCertificatePath { get; set; }

    /// <summary>Silo only: grain clients must present a certificate of the province's CA (default true).</summary>
    public bool RequireClientCertificate { get; set; } = true;

    /// <summary>Serial numbers (hexadecimal) of certificates withdrawn before they expire: refused even though the CA signed them.</summary>
    public List<string> RevokedSerialNumbers { get; set; } = [];

    /// <summary>How long a TLS handshake may take before the connection is dropped (default 10 s).</summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
