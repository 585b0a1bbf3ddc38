using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AntiTrafficking.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AntiTrafficking.Cluster.Tests;

/// <summary>
/// The only silo hangs and then dies while a command sent through the API waits for it: the caller gets a 503
/// telling it to retry with the same key within seconds (the web front end's response timeout, 5 s), not after
/// Orleans' default 30 s; and reads while no silo is left are 503 too, not 500.
/// </summary>
public sealed class SiloLossTests(ITestOutputHelper output)
{
    private const string Commune = "06652";
    private static readonly TimeSpan WithinSeconds = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_command_in_flight_when_the_only_silo_dies_is_answered_503_within_seconds_and_reads_are_503()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 1, web: true);
        try
        {
            var actor = Units.Registration("loss-before", Commune).Actor;
            using var http = await ApiKeys.ClientAsync(cluster, actor);
            using (var first = await PostAsync(http, "loss-before"))
            {
                Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            }

            var silo = cluster.Silos[0].Process;
            silo.Freeze();
            var clock = Stopwatch.StartNew();
            var inFlight = PostAsync(http, "loss-in-flight");
            await Task.Delay(TimeSpan.FromSeconds(1));
            silo.Kill();

            using var answer = await inFlight;
            output.WriteLine($"in-flight command answered {(int)answer.StatusCode} after {clock.ElapsedMilliseconds} ms");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
            Assert.True(clock.Elapsed < WithinSeconds, $"the answer took {clock.Elapsed}");
            var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("unavailable", problem.GetProperty("code").GetString());
            Assert.Contains("retry with the same idempotencyKey", problem.GetProperty("messageEn").GetString(), StringComparison.Ordinal);

            clock.Restart();
            using var read = await http.GetAsync($"/api/v1/communes/{Commune}/scorecard?period=2015");
            output.WriteLine($"read with no silo answered {(int)read.StatusCode} after {clock.ElapsedMilliseconds} ms");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, read.StatusCode);
            Assert.True(clock.Elapsed < WithinSeconds, $"the read took {clock.Elapsed}");
            Assert.Equal("unavailable", (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

            var page = await LocalCluster.GetAsync(cluster.Web!, $"/xa/{Commune}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
            Assert.Contains("Hệ thống tạm thời gián đoạn", page.Body, StringComparison.Ordinal);
        }
        catch (Exception) when (Dump(cluster))
        {
            throw;
        }
    }

    private bool Dump(LocalCluster cluster)
    {
        output.WriteLine(cluster.Diagnostics());
        return false;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string key) =>
        http.PostAsJsonAsync($"/api/v1/communes/{Commune}/propagandists", new
        {
            idempotencyKey = key,
            personId = "person-" + key,
            registeredOn = "2012-03-01",
        });
}
