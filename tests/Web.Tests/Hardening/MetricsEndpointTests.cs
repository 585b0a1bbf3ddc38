using System.Net;
using AntiTrafficking.Web.Tests.Infrastructure;
using AntiTrafficking.WebFrontend.Hosting;

namespace AntiTrafficking.Web.Tests.Hardening;

/// <summary>
/// The web front end's /metrics is not public: it is served only on the port of Observability:MetricsUrl (proven on
/// the real process by Cluster.Tests' ObservabilityTests), so the public site answers 404, whatever Host it is sent.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class MetricsEndpointTests(WebFixture fixture)
{
    [Fact]
    public async Task ThePublicSiteAnswers404ForMetricsWithoutAndWithAMetricsPortConfigured()
    {
        await using var withMetricsPort = new SiteVariant(fixture, "Development",
            new Dictionary<string, string> { [WebObservability.MetricsUrlSetting] = "http://127.0.0.1:5090" });

        foreach (var site in new[] { fixture.AnonymousClient(), withMetricsPort.Client() })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Host = "127.0.0.1:5090" } };
            using var plain = await site.GetAsync("/metrics");
            using var withHost = await site.SendAsync(request);

            Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (plain.StatusCode, withHost.StatusCode));
            Assert.DoesNotContain("http_server_request_duration", await withHost.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
