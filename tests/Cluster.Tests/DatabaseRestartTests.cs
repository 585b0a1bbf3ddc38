using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AntiTrafficking.Cluster.Tests.Infrastructure;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Units;
using Xunit.Abstractions;

namespace AntiTrafficking.Cluster.Tests;

/// <summary>
/// PostgreSQL stops under a running silo and web front end: commands fail fast with a clear error (grain client and
/// API), reads that need the database answer 503 (API and page) instead of 500, readiness says so, and once the database is back the same commands, retried with the same keys, succeed
/// and nothing acknowledged is lost.
/// </summary>
public sealed class DatabaseRestartTests(SingleSiloFixture fixture, ITestOutputHelper output) : IClassFixture<SingleSiloFixture>, IDisposable
{
    private const string Commune = "06652";
    private const string UnopenedAgency = "KHDT";
    private static readonly TimeSpan FailFast = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task While_the_database_is_down_commands_fail_fast_and_afterwards_succeed_with_the_same_keys()
    {
        try
        {
            await RunAsync();
        }
        catch (Exception) when (Dump())
        {
            throw;
        }
    }

    private bool Dump()
    {
        output.WriteLine(fixture.Cluster.Diagnostics());
        return false;
    }

    private async Task RunAsync()
    {
        var cluster = fixture.Cluster;
        var commune = cluster.Client.GetGrain<ICommuneGrain>(Commune);
        var province = cluster.Client.GetGrain<IProvinceGrain>(Units.Province);
        var provinceBefore = Units.Propagandists(await province.GetScorecardAsync(Units.Period));
        var before = Units.Registration("db-before", Commune);
        Assert.Equal(CommandOutcome.Accepted, (await commune.RegisterPropagandistAsync(before)).Outcome);
        // The API acts as the commune's district officer; the key is issued while the database is up.
        _http = await ApiKeys.ClientAsync(cluster, before.Actor);

        await cluster.Postgres.StopAsync();
        try
        {
            // Grain client: the active commune, then a fresh activation elsewhere, each fail fast saying why.
            var during = Units.Registration("db-during", Commune);
            foreach (var send in new Func<Task<CommandResult>>[]
                     {
                         () => commune.RegisterPropagandistAsync(during),
                         () => cluster.Client.GetGrain<ICommuneGrain>("06649").RegisterPropagandistAsync(Units.Registration("db-other", "06649")),
                     })
            {
                var clock = Stopwatch.StartNew();
                var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(send);
                output.WriteLine($"grain call failed after {clock.ElapsedMilliseconds} ms: {error.Message}");
                Assert.True(clock.Elapsed < FailFast, $"the call took {clock.Elapsed}");
                Assert.Contains("database is unreachable", error.Message, StringComparison.Ordinal);
                Assert.Contains("Không kết nối được cơ sở dữ liệu", error.Message, StringComparison.Ordinal);
            }

            // API: 503 problem details in both languages, telling the caller to retry with the same key.
            var apiClock = Stopwatch.StartNew();
            using var refused = await PostAsync("db-api");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.True(apiClock.Elapsed < FailFast, $"the API took {apiClock.Elapsed}");
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("unavailable", problem.GetProperty("code").GetString());
            Assert.Contains("idempotencyKey", problem.GetProperty("messageVi").GetString(), StringComparison.Ordinal);
            Assert.Contains("retry with the same idempotencyKey", problem.GetProperty("messageEn").GetString(), StringComparison.Ordinal);

            // Reads that need the database (an agency no one has opened yet): 503 with the reason, not a 500, for the
            // API and for the page, each telling when to try again.
            using var read = await _http.GetAsync($"/api/v1/provinces/{Units.Province}/agencies/{UnopenedAgency}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, read.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(10), read.Headers.RetryAfter?.Delta);
            var readProblem = await read.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("unavailable", readProblem.GetProperty("code").GetString());
            Assert.Contains("nothing was changed, try again in 10 seconds", readProblem.GetProperty("messageEn").GetString(), StringComparison.Ordinal);
            Assert.Contains("không có gì bị thay đổi", readProblem.GetProperty("messageVi").GetString(), StringComparison.Ordinal);
            var page = await LocalCluster.GetAsync(cluster.Web!, $"/co-quan/{UnopenedAgency}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
            Assert.Contains("Hệ thống tạm thời gián đoạn", page.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", page.Body, StringComparison.Ordinal);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await LocalCluster.GetAsync(cluster.Silos[0].Process, "/health/ready")).Status);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await LocalCluster.GetAsync(cluster.Web!, "/health/ready")).Status);
            Assert.Equal(HttpStatusCode.OK, (await LocalCluster.GetAsync(cluster.Silos[0].Process, "/health/live")).Status);
        }
        finally
        {
            await cluster.Postgres.RestartAsync();
        }

        // The same commands, retried with the same keys, now succeed; broken pooled connections may fail once more, and
        // a try that stored the command but failed before answering makes the next one a duplicate: acknowledged either way.
        await Eventually.ReturnsAsync(() => commune.RegisterPropagandistAsync(Units.Registration("db-during", Commune)),
            r => r.Outcome is CommandOutcome.Accepted or CommandOutcome.Duplicate, "the grain command retried after the restart", Deadline, LocalCluster.Poll);
        await Eventually.ReturnsAsync(async () => (await PostAsync("db-api")).StatusCode,
            s => s == HttpStatusCode.OK, "the API command retried after the restart", Deadline, LocalCluster.Poll);
        Assert.Equal(CommandOutcome.Duplicate, (await commune.RegisterPropagandistAsync(before)).Outcome);
        await Eventually.ReturnsAsync(async () => (await LocalCluster.GetAsync(cluster.Web!, $"/co-quan/{UnopenedAgency}")).Status,
            s => s == HttpStatusCode.OK, "the agency page to open after the restart", Deadline, LocalCluster.Poll);

        // Nothing acknowledged is lost, nothing refused was half-applied: exactly three at the commune and the province.
        Assert.Equal(3, Units.Propagandists(await commune.GetScorecardAsync(Units.Period)));
        await Eventually.ReturnsAsync(async () => Units.Propagandists(await province.GetScorecardAsync(Units.Period)),
            total => total == provinceBefore + 3, "the province to count the three registrations", Deadline, LocalCluster.Poll);
        await Eventually.ReturnsAsync(async () => (await LocalCluster.GetAsync(cluster.Silos[0].Process, "/health/ready")).Status,
            s => s == HttpStatusCode.OK, "the silo to be ready again", Deadline, LocalCluster.Poll);
    }

    private HttpClient? _http;

    public void Dispose() => _http?.Dispose();

    // The actor comes from the key.
    private Task<HttpResponseMessage> PostAsync(string key) =>
        _http!.PostAsJsonAsync($"/api/v1/communes/{Commune}/propagandists", new
        {
            idempotencyKey = key,
            personId = "person-" + key,
            registeredOn = "2012-03-01",
        });
}
