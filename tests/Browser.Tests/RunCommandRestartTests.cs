using System.Net;
using System.Net.Http.Json;
using AntiTrafficking.Browser.Tests.Infrastructure;

namespace AntiTrafficking.Browser.Tests;

/// <summary>
/// The run command survives a crash (issue 16.7): when the silo or the web front end is killed, ./run.sh says so,
/// starts it again after its back-off, and the system answers again with every figure it had acknowledged, to a
/// signed-in officer still signed in.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RunCommandRestartTests(BrowserFixture fixture)
{
    private const string District = "194";
    private const string Commune = "06715";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task A_killed_silo_and_a_killed_web_front_end_are_started_again_with_nothing_lost()
    {
        using var api = await fixture.DistrictApiClientAsync(District);
        var before = await ScorecardAsync(api);
        await ApiCommands.RecordOfficialsAsync(fixture, District, Commune, new DateOnly(2013, 5, 1), total: 9, trained: 7);
        var acknowledged = await ScorecardAsync(api);
        Assert.NotEqual(before, acknowledged);

        Assert.Equal(1, fixture.Run.Crash("AntiTrafficking.Silo.dll"));
        await fixture.Run.SaidAsync("Silo 1 exited (code 137); restarting in 1 s", Deadline);
        Assert.Equal(acknowledged, await EventuallyAsync(() => ScorecardAsync(api)));

        // A signed-in officer stays signed in across the web front end's restart (its keys are kept in STATE_DIR).
        var officer = await fixture.NewPageAsync();
        await fixture.SignInAsync(officer);
        Assert.Equal(1, fixture.Run.Crash("AntiTrafficking.WebFrontend.dll"));
        await fixture.Run.SaidAsync("Web exited (code 137); restarting in 1 s", Deadline);
        Assert.Equal(acknowledged, await EventuallyAsync(() => ScorecardAsync(api)));
        using var page = await EventuallyAsync(async () => await api.GetAsync($"/xa/{Commune}"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Ninh Dương", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var entry = await officer.GotoAsync("/nhap-lieu");
        Assert.Equal(200, entry!.Status);
        Assert.EndsWith("/nhap-lieu", officer.Url, StringComparison.Ordinal);
        await officer.Context.CloseAsync();
    }

    private static async Task<string> ScorecardAsync(HttpClient api)
    {
        using var response = await api.GetAsync($"/api/v1/communes/{Commune}/scorecard?period=2013");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    // The answer once the restarted process serves again: nothing announces that, so the read itself is tried again
    // (every PollInterval) until it succeeds or the deadline passes, when its last failure is the test's.
    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read)
    {
        var until = DateTime.UtcNow + Deadline;
        while (true)
        {
            try
            {
                return await read();
            }
            catch (Exception) when (DateTime.UtcNow < until)
            {
                await Task.Delay(PollInterval);
            }
        }
    }
}
