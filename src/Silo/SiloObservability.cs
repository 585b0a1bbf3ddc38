using AntiTrafficking.Grains;
using AntiTrafficking.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace AntiTrafficking.Silo;

/// <summary>
/// Health endpoints (<c>/health/live</c>: the process answers; <c>/health/ready</c>: PostgreSQL answers and this silo
/// is Active in the membership table) and OpenTelemetry metrics on <c>/metrics</c> in Prometheus text format:
/// the system's own meter (commands, latency, aggregation lag) and Orleans's (activations, grains, messaging).
/// </summary>
public static class SiloObservability
{
    private const string Ready = "ready";

    /// <summary>Registers the health checks and the metrics pipeline.</summary>
    public static WebApplicationBuilder AddSiloObservability(this WebApplicationBuilder builder)
    {
        var health = builder.Services.AddHealthChecks().AddCheck<SiloMembershipCheck>("membership", tags: [Ready]);
        if (!builder.Configuration.GetValue<bool>("Storage:InMemory"))
        {
            health.AddCheck<PostgresCheck>("postgres", tags: [Ready]);
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("antitrafficking-silo"))
            .WithMetrics(metrics => metrics
                .AddMeter(AntiTraffickingMetrics.MeterName, "Microsoft.Orleans")
                .AddPrometheusExporter());
        return builder;
    }

    /// <summary>Maps <c>/health/live</c>, <c>/health/ready</c> and <c>/metrics</c>.</summary>
    public static WebApplication MapSiloObservability(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
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

    private sealed class PostgresCheck(IConfiguration configuration) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var problem = await PostgresProbe.CheckAsync(configuration.GetConnectionString("Postgres")!, TimeSpan.FromSeconds(3), cancellationToken);
            return problem is null ? HealthCheckResult.Healthy("PostgreSQL answers") : HealthCheckResult.Unhealthy(problem);
        }
    }
}
