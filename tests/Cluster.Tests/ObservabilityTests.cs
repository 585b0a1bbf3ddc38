using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AntiTrafficking.Cluster.Tests.Infrastructure;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Units;

namespace AntiTrafficking.Cluster.Tests;

/// <summary>Health endpoints, Prometheus metrics after commands, and JSON logs, on the real silo and web processes.</summary>
public sealed class ObservabilityTests(SingleSiloFixture fixture) : IClassFixture<SingleSiloFixture>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private static string Commune => Units.CommunesByDistrict["193"][5];

    [Fact]
    public async Task Silo_and_web_front_end_are_live_and_ready()
    {
        var cluster = fixture.Cluster;
        foreach (var host in new[] { cluster.Silos[0].Process, cluster.Web! })
        {
            Assert.Equal(HttpStatusCode.OK, (await LocalCluster.GetAsync(host, "/health/live")).Status);
            var ready = await Eventually.ReturnsAsync(() => LocalCluster.GetAsync(host, "/health/ready"),
                r => r.Status == HttpStatusCode.OK, $"{host.Name} to be ready", Deadline, LocalCluster.Poll);
            Assert.Equal("Healthy", ready.Body);
        }

        Assert.Contains(cluster.Silos[0].SiloPort, await cluster.ActiveSiloPortsAsync());
    }

    [Fact]
    public async Task Metrics_count_commands_by_kind_and_outcome_with_latency_aggregation_lag_and_active_grains()
    {
        var cluster = fixture.Cluster;
        var commune = cluster.Client.GetGrain<ICommuneGrain>(Commune);
        var command = Units.Registration("metrics-1", Commune);
        Assert.Equal(CommandOutcome.Accepted, (await commune.RegisterPropagandistAsync(command)).Outcome);
        Assert.Equal(CommandOutcome.Duplicate, (await commune.RegisterPropagandistAsync(command)).Outcome);
        Assert.Equal(CommandOutcome.Rejected, (await commune.RegisterPropagandistAsync(command with { IdempotencyKey = "metrics-2" })).Outcome);
        using var http = await ApiKeys.ClientAsync(cluster, new ActingParty("metrics-analyst", null, ActorRole.Analyst));
        using var page = await http.GetAsync($"/api/v1/communes/{Commune}/scorecard?period=2013");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        // The province applies the district's push shortly after the acknowledgement; the lag is recorded then.
        var silo = await Eventually.ReturnsAsync(() => LocalCluster.GetAsync(cluster.Silos[0].Process, "/metrics"),
            m => m.Body.Contains("antitrafficking_aggregation_lag_seconds_count", StringComparison.Ordinal),
            "the aggregation lag in the silo's metrics", Deadline, LocalCluster.Poll);
        Assert.Equal(HttpStatusCode.OK, silo.Status);
        foreach (var outcome in new[] { "accepted", "duplicate", "rejected" })
        {
            Assert.Matches($"antitrafficking_commands_total\\{{[^}}]*kind=\"RegisterPerson\"[^}}]*outcome=\"{outcome}\"[^}}]*\\}} [1-9]", silo.Body);
        }

        Assert.Contains("antitrafficking_command_duration_seconds_bucket{", silo.Body, StringComparison.Ordinal);
        Assert.Matches("antitrafficking_aggregation_lag_seconds_count\\{[^}]*level=\"DistrictGrain\"[^}]*\\} [1-9]", silo.Body);
        Assert.Matches("orleans_catalog_activations[^ ]* [1-9]", silo.Body);

        using var scraper = new HttpClient { BaseAddress = cluster.WebMetrics, Timeout = TimeSpan.FromSeconds(10) };
        using var web = await scraper.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, web.StatusCode);
        Assert.Contains("http_server_request_duration_seconds_bucket{", await web.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_web_front_ends_metrics_are_not_served_on_its_public_port()
    {
        var cluster = fixture.Cluster;
        using var http = new HttpClient { BaseAddress = cluster.Web!.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        using var plain = await http.GetAsync("/metrics");
        // A Host header naming the metrics port changes nothing: the port the connection reached decides.
        using var spoofed = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Host = cluster.WebMetrics!.Authority } };
        using var withHost = await http.SendAsync(spoofed);
        using var scraper = new HttpClient { BaseAddress = cluster.WebMetrics, Timeout = TimeSpan.FromSeconds(10) };
        using var page = await scraper.GetAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, plain.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withHost.StatusCode);
        Assert.DoesNotContain("http_server_request_duration", await withHost.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LocalCluster.GetAsync(cluster.Web!, "/health/ready")).Status);
    }

    [Fact]
    public void Logs_are_json_lines_when_configured()
    {
        // The fixture starts both processes with Logging:Console:FormatterName=json.
        foreach (var host in new[] { fixture.Cluster.Silos[0].Process, fixture.Cluster.Web! })
        {
            var lines = host.Output.Where(l => l.StartsWith('{')).ToList();
            Assert.NotEmpty(lines);
            foreach (var line in lines)
            {
                using var entry = JsonDocument.Parse(line);
                Assert.True(entry.RootElement.TryGetProperty("LogLevel", out _), line);
                Assert.True(entry.RootElement.TryGetProperty("Category", out _), line);
            }
        }
    }
}
