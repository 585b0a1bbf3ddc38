using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Accounts;
using AntiTrafficking.Grains;
using AntiTrafficking.Web.Tests.Infrastructure;
using AntiTrafficking.WebFrontend.Security;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafficking.Web.Tests.Security;

/// <summary>
/// Failed sign-ins make the next attempt wait (15 s after five, doubling) instead of locking the account; the wait is
/// per source, and a user name with no account is answered exactly as one with a wrong password.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class SignInThrottleTests(WebFixture fixture)
{
    private const string WrongPassword = "Tên đăng nhập hoặc mật khẩu không đúng.";

    [Fact]
    public async Task FiveWrongPasswordsForAdminMakeTheNextAttemptWaitAndThenTheRightPasswordSignsIn()
    {
        var client = fixture.AnonymousClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await client.SignInAsync(WebFixture.AdminUserName, "sai-mat-khau-" + attempt);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Equal(WrongPassword, await ErrorAsync(wrong));
        }

        using var tooSoon = await client.SignInAsync(WebFixture.AdminUserName, fixture.AdminPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, tooSoon.StatusCode);
        Assert.Equal("15", Assert.Single(tooSoon.Headers.GetValues("Retry-After")));
        Assert.Equal("Đăng nhập không thành công quá nhiều lần. Hãy thử lại sau 15 giây.", await ErrorAsync(tooSoon));

        TestSiloConfigurator.AccountTime.Advance(TimeSpan.FromSeconds(15));
        using var afterTheWait = await client.SignInAsync(WebFixture.AdminUserName, fixture.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, afterTheWait.StatusCode);
    }

    [Fact]
    public async Task EachFurtherFailureDoublesTheWait()
    {
        const string password = "mat-khau-cho-doi";
        await CreateAsync("throttle-doubling", password);
        var client = fixture.AnonymousClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await client.SignInAsync("throttle-doubling", "sai-" + attempt);
        }

        TestSiloConfigurator.AccountTime.Advance(TimeSpan.FromSeconds(15));
        using var sixth = await client.SignInAsync("throttle-doubling", "sai-6");
        using var tooSoon = await client.SignInAsync("throttle-doubling", password);
        TestSiloConfigurator.AccountTime.Advance(TimeSpan.FromSeconds(30));
        using var afterTheWait = await client.SignInAsync("throttle-doubling", password);

        Assert.Equal(HttpStatusCode.Unauthorized, sixth.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, tooSoon.StatusCode);
        Assert.Equal("30", Assert.Single(tooSoon.Headers.GetValues("Retry-After")));
        Assert.Equal(HttpStatusCode.Redirect, afterTheWait.StatusCode);
    }

    [Fact]
    public async Task AStrangersFailuresMakeOnlyTheirOwnAddressWait()
    {
        const string password = "mat-khau-theo-nguon";
        await CreateAsync("throttle-source", password);
        var account = fixture.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>("throttle-source");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            Assert.Equal(SignInOutcome.Refused, (await account.SignInAsync("sai-" + attempt, "203.0.113.9")).Outcome);
        }

        var stranger = await account.SignInAsync(password, "203.0.113.9");
        var owner = await account.SignInAsync(password, "10.22.0.5");

        Assert.Equal((SignInOutcome.Throttled, TimeSpan.FromSeconds(15)), (stranger.Outcome, stranger.RetryAfter));
        Assert.Equal(SignInOutcome.SignedIn, owner.Outcome);
    }

    [Fact]
    public async Task AnUnknownUserNameIsAnsweredAsAWrongPasswordAfterCheckingADummyHash()
    {
        await CreateAsync("throttle-known", "mat-khau-nguoi-that");
        var checks = new List<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == AntiTraffickingMetrics.MeterName && instrument.Name == "antitrafficking.sign_ins")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "check")
                {
                    lock (checks)
                    {
                        checks.Add((string)tag.Value!);
                    }
                }
            }
        });
        listener.Start();
        var client = fixture.AnonymousClient();

        var known = new List<(HttpStatusCode, string, string?)>();
        var unknown = new List<(HttpStatusCode, string, string?)>();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            known.Add(await AnswerAsync(client, "throttle-known"));
            unknown.Add(await AnswerAsync(client, "throttle-nobody"));
        }

        Assert.Equal(known, unknown);
        Assert.Equal((HttpStatusCode.Unauthorized, WrongPassword, null), known[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, known[5].Item1);
        lock (checks)
        {
            Assert.True(checks.Count(c => c == "dummy") >= 5, $"dummy hash checks: {string.Join(", ", checks)}");
        }
    }

    private static async Task<(HttpStatusCode, string, string?)> AnswerAsync(HttpClient client, string userName)
    {
        using var response = await client.SignInAsync(userName, "sai-mat-khau");
        return (response.StatusCode, await ErrorAsync(response),
            response.Headers.TryGetValues("Retry-After", out var after) ? string.Join(",", after) : null);
    }

    private static async Task<string> ErrorAsync(HttpResponseMessage response)
    {
        var match = Error().Match(await response.Content.ReadAsStringAsync());
        Assert.True(match.Success, "the sign-in page shows no error");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private async Task CreateAsync(string userName, string password)
    {
        using var created = await (await fixture.AdminAsync()).PostAsJsonAsync("/api/v1/admin/accounts",
            new AccountRequest(userName, password, ActorRole.Analyst), TestJson.Options);
        Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);
    }

    [GeneratedRegex("id=\"sign-in-error\">([^<]*)<")]
    private static partial Regex Error();
}
