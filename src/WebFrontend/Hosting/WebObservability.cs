using AntiTrafficking.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AntiTrafficking.WebFrontend.Hosting;

/// <summary>
/// Health endpoints (<c>/health/live</c>: the process answers; <c>/health/ready</c>: the Orleans client holds at least
/// one gateway and, when configured, PostgreSQL answers) and OpenTelemetry metrics on <c>/metrics</c> (HTTP server and
/// Orleans client meters, Prometheus text format) — served only on an address of their own,
/// <see cref="MetricsUrlSetting"/>, never on the public one.
/// </summary>
public static class WebObservability
{
    /// <summary>
    /// The setting naming where <c>/metrics</c> is served, e.g. <c>http://127.0.0.1:5090</c> (run.sh: WEB_METRICS_PORT):
    /// Kestrel listens there beside the public addresses of <c>Urls</c>, and that port serves nothing but <c>/metrics</c>
    /// and the health endpoints. Unset, the web front end serves no metrics.
    /// </summary>
    public const string MetricsUrlSetting = "Observability:MetricsUrl";

    private const string MetricsPath = "/metrics";

    /// <summary>Registers the health checks, the gateway counter and the metrics pipeline.</summary>
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GatewayCount>();
        builder.Services.AddSingleton<IClusterConnectionStatusObserver>(sp => sp.GetRequiredService<GatewayCount>());
        builder.AddHealthAndMetrics(
                "antitrafficking-web",
                checkPostgres: !string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Postgres")),
                "Microsoft.AspNetCore.Hosting", "Microsoft.Orleans", GrainCallCounter.MeterName)
            .AddCheck<GatewayCheck>("gateway", tags: [HostObservability.ReadyTag]);
        if (MetricsUrl(builder.Configuration) is { } metrics)
        {
            var urls = builder.Configuration[WebHostDefaults.ServerUrlsKey] is { Length: > 0 } configured ? configured : "http://localhost:5000";
            builder.WebHost.UseUrls([.. urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), metrics.GetLeftPart(UriPartial.Authority)]);
        }

        return builder;
    }

    /// <summary>Maps <c>/health/live</c> and <c>/health/ready</c>, and serves <c>/metrics</c> on its own port only.</summary>
    public static WebApplication MapObservability(this WebApplication app)
    {
        app.MapHealth();
        if (MetricsUrl(app.Configuration) is { Port: var port })
        {
            // The port a connection reached, not the Host header a client may write: the public port never serves metrics.
            app.UseOpenTelemetryPrometheusScrapingEndpoint(context => context.Connection.LocalPort == port && context.Request.Path == MetricsPath);
            app.Use((context, next) => context.Connection.LocalPort == port && !context.Request.Path.StartsWithSegments("/health")
                ? Results.NotFound().ExecuteAsync(context)
                : next(context));
        }

        return app;
    }

    private static Uri? MetricsUrl(IConfiguration configuration) =>
        configuration[MetricsUrlSetting] is not { Length: > 0 } url ? null
        : Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Port > 0 ? uri
        : throw new InvalidOperationException(
            $"'{MetricsUrlSetting}' phải là một địa chỉ như http://127.0.0.1:5090 / must be an address such as http://127.0.0.1:5090: '{url}'.");

    /// <summary>The number of gateways the Orleans client is connected to, as the client reports it.</summary>
    private sealed class GatewayCount : IClusterConnectionStatusObserver
    {
        private int _count;

        public int Current => Volatile.Read(ref _count);

        public void NotifyGatewayCountChanged(int currentNumberOfGateways, int previousNumberOfGateways, bool connectionRecovered) =>
            Volatile.Write(ref _count, currentNumberOfGateways);

        public void NotifyClusterConnectionLost() => Volatile.Write(ref _count, 0);
    }

    private sealed class GatewayCheck(GatewayCount gateways) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(gateways.Current > 0
                ? HealthCheckResult.Healthy($"connected to {gateways.Current} gateway(s)")
                : HealthCheckResult.Unhealthy("no Orleans gateway is connected"));
    }
}
