using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace AntiTrafficking.WebFrontend.Hardening;

/// <summary>
/// Rate limits answering 429 with Retry-After and a problem: the JSON API per API key (else per client address),
/// and sign-in attempts per client address — by the path of the sign-in page and by the policy
/// <see cref="SignInPolicy"/>, which the sign-in endpoint may name itself (then the path rule steps aside, so an
/// attempt is counted once).
/// </summary>
public static class RateLimits
{
    /// <summary>Name of the sign-in policy: <c>.RequireRateLimiting(RateLimits.SignInPolicy)</c>.</summary>
    public const string SignInPolicy = "signIn";

    /// <summary>The sign-in page.</summary>
    public const string SignInPath = "/dang-nhap";

    internal static void Configure(RateLimiterOptions limiter, HardeningOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = async (rejected, _) =>
        {
            TimeSpan? wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : null;
            rejected.HttpContext.Response.Headers.RetryAfter =
                Math.Max(1, (int)Math.Ceiling((wait ?? options.Api.Window).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await RefusalProblem.TooManyRequests(wait).WriteAsync(rejected.HttpContext);
        };
        limiter.AddPolicy(SignInPolicy, context => SignIn(context, options));
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.Request.Path.StartsWithSegments("/api") ? Api(context, options)
            : context.Request.Path.StartsWithSegments(SignInPath) && !NamesSignInPolicy(context) ? SignIn(context, options)
            : RateLimitPartition.GetNoLimiter(""));
    }

    private static RateLimitPartition<string> Api(HttpContext context, HardeningOptions options)
    {
        // The key itself is not kept as a partition name: a digest identifies it as well.
        var key = context.Request.Headers[options.ApiKeyHeader].ToString();
        var client = key.Length > 0
            ? "api key " + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 16)
            : "api " + Address(context);
        return Window(client, options.Api);
    }

    /// <summary>Attempts are posts; showing the sign-in page is not limited.</summary>
    private static RateLimitPartition<string> SignIn(HttpContext context, HardeningOptions options) =>
        HttpMethods.IsPost(context.Request.Method)
            ? Window("sign-in " + Address(context), options.SignIn)
            : RateLimitPartition.GetNoLimiter("");

    private static RateLimitPartition<string> Window(string partition, WindowLimit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        });

    private static bool NamesSignInPolicy(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == SignInPolicy;

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
