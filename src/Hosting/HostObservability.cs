using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace AntiTrafficking.Hosting;

/// <summary>
/// The health endpoints and the OpenTelemetry metrics that the silo and the web front end share: <c>/health/live</c>
/// (the process answers), <c>/health/ready</c> (every check tagged <see cref="ReadyTag"/>: PostgreSQL, when the host
/// uses it, and the host's own checks) and a Prometheus exporter of the host's meters. Each host adds its own readiness
/// checks to the builder returned by <see cref="AddHealthAndMetrics"/> and decides where <c>/metrics</c> is served.
/// </summary>
public static class HostObservability
{
    /// <summary>The tag of the checks that <c>/health/ready</c> runs.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Registers the health checks (PostgreSQL's when <paramref name="checkPostgres"/>, reading the connection string
    /// <c>Postgres</c>) and the metrics pipeline of <paramref name="serviceName"/> with <paramref name="meters"/>.
    /// </summary>
    /// <returns>The health checks builder, for the host's own readiness checks (tag them <see cref="ReadyTag"/>).</returns>
    public static IHealthChecksBuilder AddHealthAndMetrics(this WebApplicationBuilder builder, string serviceName, bool checkPostgres, params string[] meters)
    {
        var health = builder.Services.AddHealthChecks();
        if (checkPostgres)
        {
            health.AddCheck<PostgresCheck>("postgres", tags: [ReadyTag]);
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithMetrics(metrics => metrics
                .AddMeter(meters)
                .AddPrometheusExporter());
        return health;
    }

    /// <summary>Maps <c>/health/live</c> (no check) and <c>/health/ready</c> (the checks tagged <see cref="ReadyTag"/>).</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
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
