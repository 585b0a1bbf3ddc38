namespace AntiTrafficking.WebFrontend.Hardening;

/// <summary>Settings of the web hardening, bound from the "Hardening" section; the defaults are the documented ones.</summary>
public sealed class HardeningOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hardening";

    /// <summary>Whether plain-HTTP requests are redirected to HTTPS (off by default: run.sh serves HTTP on loopback).</summary>
    public bool HttpsRedirection { get; set; }

    /// <summary>The HTTPS port redirected to; when unset, the port Kestrel listens on for HTTPS (or "https_port").</summary>
    public int? HttpsPort { get; set; }

    /// <summary>
    /// Addresses of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed: behind a proxy that
    /// terminates TLS, they make the client's address (rate limits, audit) and HTTPS (HSTS, secure cookies) known.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Largest body accepted by the JSON API, in bytes (64 KiB); a larger one is refused with 413.</summary>
    public long MaxApiBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Largest body accepted anywhere else (the forms), in bytes (1 MiB).</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest total size of a request's headers, in bytes (16 KiB).</summary>
    public int MaxRequestHeadersTotalSize { get; set; } = 16 * 1024;

    /// <summary>Largest request line (method, path and query), in bytes (8 KiB).</summary>
    public int MaxRequestLineSize { get; set; } = 8 * 1024;

    /// <summary>Most headers a request may carry (64).</summary>
    public int MaxRequestHeaderCount { get; set; } = 64;

    /// <summary>Time a client has to send its request headers (15 s).</summary>
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Limits of the JSON API, per API key when the request carries one, else per client address.</summary>
    public WindowLimit Api { get; set; } = new() { PermitLimit = 300, Window = TimeSpan.FromSeconds(10) };

    /// <summary>Limits of sign-in attempts (POST to the sign-in page), per client address.</summary>
    public WindowLimit SignIn { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) };

    /// <summary>The header carrying an agency's API key, which partitions the API's limit.</summary>
    public string ApiKeyHeader { get; set; } = "X-Api-Key";
}
