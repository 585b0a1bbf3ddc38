using AntiTrafficking.Grains;
using AntiTrafficking.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AntiTrafficking.Silo;

/// <summary>
/// Health endpoints (<c>/health/live</c>: the process answers; <c>/health/ready</c>: PostgreSQL answers and this silo
/// is Active in the membership table) and OpenTelemetry metrics on <c>/metrics</c> in Prometheus text format:
/// the system's own meter (commands, latency, aggregation lag) and Orleans's (activations, grains, messaging).
/// </summary>
public static class SiloObservability
{
    /// <summary>Registers the health checks and the metrics pipeline.</summary>
    public static WebApplicationBuilder AddSiloObservability(this WebApplicationBuilder builder)
    {
        builder.AddHealthAndMetrics(
                "antitrafficking-silo",
                checkPostgres: !builder.Configuration.GetValue<bool>("Storage:InMemory"),
                AntiTraffickingMetrics.MeterName, "Microsoft.Orleans")
            .AddCheck<SiloMembershipCheck>("membership", tags: [HostObservability.ReadyTag]);
        return builder;
    }

    /// <summary>Maps <c>/health/live</c>, <c>/health/ready</c> and <c>/metrics</c>.</summary>
    public static WebApplication MapSiloObservability(this WebApplication app)
    {
        app.MapHealth();
        app.MapPrometheusScrapingEndpoint();
        return app;
    }

    private sealed class SiloMembershipCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
            return Task.FromResult(status == SiloStatus.Active
                ? HealthCheckResult.Healthy($"{silo.SiloAddress} is Active")
                : HealthCheckResult.Unhealthy($"{silo.SiloAddress} is {status} in the cluster membership"));
        }
    }
}
