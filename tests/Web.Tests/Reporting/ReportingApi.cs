using System.Net;
using System.Net.Http.Json;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests.Reporting;

/// <summary>Calls of the reporting API as an agency system makes them.</summary>
internal static class ReportingApi
{
    public const string Root = "/provinces/22/reporting";

    public static readonly ActingParty StandingOffice = new("ca-web", "CA");

    public static ActingParty DistrictOfficer(string district) => new($"ubnd-{district}", null, ActorRole.DistrictOfficer, district);

    public static ActingParty Agency(string code) => new($"web-{code.ToLowerInvariant()}", code);

    public static SubmitReport Report(string reporter, ActingParty actor, string? reason = null, params ReportFigure[] figures) =>
        new(Commands.Key(), actor, reporter, "Báo cáo kết quả thực hiện trong kỳ.", [.. figures], reason);

    public static ApprovePeriod Approval(ActingParty actor) => new(Commands.Key(), actor);

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string period, SubmitReport report) =>
        client.PostCommandAsync($"{Root}/periods/{period}/reports", report);

    public static Task<HttpResponseMessage> ApproveAsync(this HttpClient client, string period, ApprovePeriod approval) =>
        client.PostCommandAsync($"{Root}/periods/{period}/approval", approval);

    public static async Task<T> GetAsync<T>(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(ApiCalls.Api + path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(TestJson.Options))!;
    }

    public static async Task<byte[]> DownloadAsync(this HttpClient client, string path, string mediaType)
    {
        using var response = await client.GetAsync(ApiCalls.Api + path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
