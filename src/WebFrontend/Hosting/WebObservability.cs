using AntiTrafficking.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace AntiTrafficking.WebFrontend.Hosting;

/// <summary>
/// Health endpoints (<c>/health/live</c>: the process answers; <c>/health/ready</c>: the Orleans client holds at least
/// one gateway and, when configured, PostgreSQL answers) and OpenTelemetry metrics on <c>/metrics</c> (HTTP server and
/// Orleans client meters, Prometheus text format).
/// </summary>
public static class WebObservability
{
    private const string Ready = "ready";

    /// <summary>Registers the health checks, the gateway counter and the metrics pipeline.</summary>
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GatewayCount>();
        builder.Services.AddSingleton<IClusterConnectionStatusObserver>(sp => sp.GetRequiredService<GatewayCount>());
        var health = builder.Services.AddHealthChecks().AddCheck<GatewayCheck>("gateway", tags: [Ready]);
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Postgres")))
        {
            health.AddCheck<PostgresCheck>("postgres", tags: [Ready]);
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("antitrafficking-web"))
            .WithMetrics(metrics => metrics
                .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.Orleans")
                .AddPrometheusExporter());
        return builder;
    }

    /// <summary>Maps <c>/health/live</c>, <c>/health/ready</c> and <c>/metrics</c>.</summary>
    public static WebApplication MapObservability(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        app.MapPrometheusScrapingEndpoint();
        return app;
    }

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

    private sealed class PostgresCheck(IConfiguration configuration) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var problem = await PostgresProbe.CheckAsync(configuration.GetConnectionString("Postgres")!, TimeSpan.FromSeconds(3), cancellationToken);
            return problem is null ? HealthCheckResult.Healthy("PostgreSQL answers") : HealthCheckResult.Unhealthy(problem);
        }
    }
}
