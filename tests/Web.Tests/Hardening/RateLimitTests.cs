using System.Net;
using System.Net.Http.Json;
using AntiTrafficking.Web.Tests.Infrastructure;
using AntiTrafficking.WebFrontend.Hardening;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace AntiTrafficking.Web.Tests.Hardening;

/// <summary>Rate limits from configuration (small ones here): the API per key or client, sign-in attempts per client; 429 with Retry-After and a problem.</summary>
[Collection(WebCollection.Name)]
public sealed class RateLimitTests(WebFixture fixture)
{
    /// <summary>The public province scorecard: what the limit counts.</summary>
    private const string Scorecard = "/api/v1/provinces/22/scorecard?period=2014";

    [Fact]
    public async Task TheApiAnswers429WithRetryAfterAfterItsLimitAndAKeyHasItsOwnAllowance()
    {
        await using var site = new SiteVariant(fixture, "Development", new Dictionary<string, string>
        {
            ["Hardening:Api:PermitLimit"] = "5",
            ["Hardening:Api:Window"] = "00:01:00",
        });
        using var client = site.Client();
        var analyst = await fixture.ClientForAsync(Parties.Analyst);
        var before = await analyst.ReadAsync("/communes/06973/scorecard?period=2014");

        for (var i = 0; i < 5; i++)
        {
            using var allowed = await client.GetAsync(Scorecard);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var limited = await client.GetAsync(Scorecard);
        using var english = new HttpRequestMessage(HttpMethod.Get, Scorecard) { Headers = { { "Accept-Language", "en" } } };
        using var limitedInEnglish = await client.SendAsync(english);
        using var command = await client.PostAsJsonAsync("/api/v1/communes/06973/surveys", new
        {
            idempotencyKey = Commands.Key(),
            actor = new { userId = "officer-web", agencyCode = "VHTTDL" },
            surveyId = "KS-RATE",
            conductedOn = "2014-05-02",
            respondents = 10,
            aware = 5,
        });
        using var keyed = new HttpRequestMessage(HttpMethod.Get, Scorecard) { Headers = { { "X-Api-Key", await fixture.KeyForAsync(Parties.Analyst) } } };
        using var withKey = await client.SendAsync(keyed);

        var problem = await AssertTooManyAsync(limited, TimeSpan.FromMinutes(1));
        Assert.Equal(problem.MessageVi, problem.Title);
        var inEnglish = await AssertTooManyAsync(limitedInEnglish, TimeSpan.FromMinutes(1));
        Assert.Equal(inEnglish.MessageEn, inEnglish.Title);
        await AssertTooManyAsync(command, TimeSpan.FromMinutes(1));
        Assert.Equal(before, await analyst.ReadAsync("/communes/06973/scorecard?period=2014"));
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
    }

    [Fact]
    public async Task SignInAttemptsAreLimitedByThePathWhileShowingTheSignInPageIsNot()
    {
        await using var site = new SiteVariant(fixture, "Development", new Dictionary<string, string>
        {
            ["Hardening:SignIn:PermitLimit"] = "3",
            ["Hardening:SignIn:Window"] = "00:05:00",
        });
        using var client = site.Client();

        for (var i = 0; i < 3; i++)
        {
            using var attempt = await client.PostAsync(RateLimits.SignInPath, Credentials());
            Assert.NotEqual(HttpStatusCode.TooManyRequests, attempt.StatusCode);
        }

        using var refused = await client.PostAsync(RateLimits.SignInPath, Credentials());
        using var page = await client.GetAsync(RateLimits.SignInPath);
        using var api = await client.GetAsync(Scorecard);

        await AssertTooManyAsync(refused, TimeSpan.FromMinutes(5));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task EndpointsNamingTheSignInPolicyShareOneAllowancePerClient()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["Hardening:SignIn:PermitLimit"] = "2";
        builder.Configuration["Hardening:SignIn:Window"] = "00:01:00";
        builder.AddHardening();
        await using var app = builder.Build();
        app.UseHardening();
        app.MapPost("/tai-khoan/dang-nhap", () => "signed in").RequireRateLimiting(RateLimits.SignInPolicy);
        app.MapPost(RateLimits.SignInPath, () => "signed in").RequireRateLimiting(RateLimits.SignInPolicy);
        await app.StartAsync();
        using var client = app.GetTestClient();

        using var first = await client.PostAsync("/tai-khoan/dang-nhap", Credentials());
        using var second = await client.PostAsync(RateLimits.SignInPath, Credentials());
        using var third = await client.PostAsync(RateLimits.SignInPath, Credentials());
        using var fourth = await client.PostAsync("/tai-khoan/dang-nhap", Credentials());

        // The attempts of one client are counted together on every endpoint that names the policy.
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await AssertTooManyAsync(third, TimeSpan.FromMinutes(1));
        await AssertTooManyAsync(fourth, TimeSpan.FromMinutes(1));
    }

    private static FormUrlEncodedContent Credentials() =>
        new(new Dictionary<string, string> { ["userName"] = "leader-1", ["password"] = "not-the-password" });

    private static async Task<ProblemBody> AssertTooManyAsync(HttpResponseMessage response, TimeSpan window)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta ?? throw new Xunit.Sdk.XunitException("Retry-After is missing");
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(1), window);
        var problem = await response.ProblemAsync();
        Assert.Equal(429, problem.Status);
        Assert.Equal("tooManyRequests", problem.Code);
        Assert.Contains("thử lại", problem.MessageVi);
        Assert.Contains("try again", problem.MessageEn);
        return problem;
    }
}
