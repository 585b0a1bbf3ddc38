using System.Net;
using System.Text;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafficking.Web.Tests.Security;

/// <summary>
/// Every role × every API endpoint and every page, found from the site's own endpoint list (a new endpoint without an
/// expected access here fails the test): allowed calls pass authorization, the others get 401/403 (API) or a redirect
/// to the sign-in or access-denied page, and nothing changes.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class RoleMatrixTests(WebFixture fixture)
{
    private static readonly ActorRole[] DataEntry = [ActorRole.AgencyOfficer, ActorRole.DistrictOfficer, ActorRole.CaseWorker];
    private static readonly ActorRole[] Everyone = Enum.GetValues<ActorRole>();

    /// <summary>The roles tried: null is the public.</summary>
    private static readonly ActingParty?[] Roles =
    [
        null, Parties.Leader, Parties.Analyst, Parties.HaLongOfficer, Parties.MongCaiOfficer, Parties.InformationOfficer,
        Parties.CaseWorker, Parties.Administrator,
    ];

    private static readonly string[] PublicApi =
    [
        "/api/v1/provinces/{code}/scorecard", "/api/v1/provinces/{code}/districts/scorecards", "/api/v1/districts/{code}/scorecard",
        "/api/v1/provinces/{code}/agencies/{agency}", "/api/v1/programs/{code}/legal-documents", "/api/v1/programs/{code}/guidance",
        "/api/v1/exports/adx.xsd", "/api/v1/provinces/{code}/pivot",
    ];

    [Fact]
    public async Task EveryApiEndpointAnswersEachRoleAsTheRolesTableSaysAndRefusalsChangeNothing()
    {
        var clients = new List<(ActingParty? Party, HttpClient Client)>();
        foreach (var party in Roles)
        {
            clients.Add((party, party is null ? fixture.AnonymousClient() : await fixture.ClientForAsync(party)));
        }

        var before = await SnapshotAsync();
        var failures = new List<string>();
        var endpoints = ApiEndpoints();
        Assert.True(endpoints.Count >= 50, $"only {endpoints.Count} API endpoints found");

        foreach (var (party, client) in clients)
        {
            foreach (var (method, pattern) in endpoints)
            {
                var allowed = AllowedApi(method, pattern);
                using var request = new HttpRequestMessage(new HttpMethod(method), Fill(pattern));
                if (method == "POST")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                using var response = await client.SendAsync(request);
                HttpStatusCode? expected = party is null
                    ? allowed is null ? null : HttpStatusCode.Unauthorized
                    : allowed is null || allowed.Contains(party.Role) ? null : HttpStatusCode.Forbidden;
                var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json" ? await response.ProblemAsync() : null;
                var refused = response.StatusCode is HttpStatusCode.Unauthorized || (response.StatusCode == HttpStatusCode.Forbidden && problem?.Code == "notPermitted");
                if (expected is { } status ? response.StatusCode != status : refused)
                {
                    failures.Add($"{party?.UserId ?? "public"} {method} {pattern}: {(int)response.StatusCode}, expected {(expected is null ? "allowed" : ((int)expected).ToString())}");
                }
                else if (expected is not null && (problem is null || string.IsNullOrWhiteSpace(problem.MessageVi) || string.IsNullOrWhiteSpace(problem.MessageEn)))
                {
                    failures.Add($"{party?.UserId ?? "public"} {method} {pattern}: refused without a problem in both languages");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task EveryPageAnswersEachRoleAsTheRolesTableSays()
    {
        var pages = fixture.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null || e.RoutePattern.RawText!.TrimStart('/').StartsWith("dashboard", StringComparison.Ordinal))
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => !p.StartsWith("dashboard/", StringComparison.Ordinal) || p == "dashboard/")
            .Distinct().ToList();
        var failures = new List<string>();
        foreach (var party in Roles)
        {
            var client = party is null ? fixture.AnonymousClient() : await fixture.SignedInClientAsync(party);
            foreach (var pattern in pages)
            {
                var allowed = AllowedPage(pattern);
                using var response = await client.GetAsync("/" + Fill(pattern));
                var location = response.Headers.Location is { } l ? new Uri(WebFixture.Site, l).AbsolutePath : null;
                var expected = party is null
                    ? allowed is null ? "open" : "/dang-nhap"
                    : allowed is null || allowed.Contains(party.Role) ? "open" : "/dang-nhap/tu-choi";
                var got = response.StatusCode == HttpStatusCode.Redirect && location is "/dang-nhap" or "/dang-nhap/tu-choi" ? location : "open";
                if (got != expected || (got == "open" && (int)response.StatusCode >= 500))
                {
                    failures.Add($"{party?.UserId ?? "public"} /{pattern}: {(int)response.StatusCode} {location}, expected {expected}");
                }
            }
        }

        Assert.Contains("quan-tri", pages);
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    // Commands dated 2011 in Hạ Long's communes 06661–06667: no other test reads 2011.
    [Fact]
    public async Task EachDataEntryRoleSucceedsWithItsOwnCommandAndTheOtherRolesChangeNothing()
    {
        var survey = new { idempotencyKey = "", surveyId = "", conductedOn = "2011-02-01", respondents = 20, aware = 10 };
        foreach (var party in new ActingParty?[] { null, Parties.Leader, Parties.Analyst, Parties.Administrator })
        {
            var client = party is null ? fixture.AnonymousClient() : await fixture.ClientForAsync(party);
            using var refused = await client.PostCommandAsync("/communes/06661/surveys", survey with { idempotencyKey = Commands.Key(), surveyId = "KS-M-" + party?.UserId });
            Assert.Equal(party is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var untouched = (await (await fixture.ClientForAsync(Parties.Analyst)).ScorecardAsync("/communes/06661/scorecard?period=2011")).Indicators.Single(i => i.Code == "IND-03");
        Assert.Equal((0, 0), (untouched.Numerator, untouched.Denominator));

        await (await fixture.ClientForAsync(Parties.HaLongOfficer)).AcceptAsync("/communes/06661/surveys", survey with { idempotencyKey = Commands.Key(), surveyId = "KS-M-1" });
        await (await fixture.ClientForAsync(Parties.InformationOfficer)).AcceptAsync("/communes/06667/surveys", survey with { idempotencyKey = Commands.Key(), surveyId = "KS-M-2" });
        await (await fixture.ClientForAsync(Parties.CaseWorker)).AcceptAsync("/provinces/22/persons/TN-MATRIX-1/reception", new
        {
            idempotencyKey = Commands.Key(), receivedOn = "2011-03-02", place = "mongCai", howReturned = "handedOver", countryCode = "CN",
            homeUnitCode = "06661", sex = "female", birthYear = 1996, personalData = new { fullName = "Người Thử Ma Trận" }, wantsConfidentiality = false,
        });
        var ind03 = (await (await fixture.ClientForAsync(Parties.Analyst)).ScorecardAsync("/communes/06661/scorecard?period=2011")).Indicators.Single(i => i.Code == "IND-03");
        Assert.Equal((10, 20), (ind03.Numerator, ind03.Denominator));
    }

    [Fact]
    public async Task AReceivingAgencysOfficerRecordsAReceptionThroughTheApiAsTheFormsAllowWhileOnlyCaseWorkersReadTheRecord()
    {
        var borderGuardOfficer = await fixture.ClientForAsync(new ActingParty("bdbp-officer-web", "BDBP", ActorRole.AgencyOfficer));
        object Reception(string fullName) => new
        {
            idempotencyKey = Commands.Key(), receivedOn = "2011-03-03", place = "mongCai", howReturned = "handedOver", countryCode = "CN",
            homeUnitCode = "06661", sex = "male", birthYear = 1990, personalData = new { fullName }, wantsConfidentiality = false,
        };

        var analyst = await fixture.ClientForAsync(Parties.Analyst);
        async Task<long> ReceivedIn2011Async() =>
            (await analyst.ScorecardAsync("/provinces/22/scorecard?period=2011")).Indicators.Single(i => i.Code == "IND-12").Denominator;
        var before = await ReceivedIn2011Async();

        // The Border Guard receives returned persons: its officer may, as on the reception form; the Information office may not.
        await borderGuardOfficer.AcceptAsync("/provinces/22/persons/TN-AO-1/reception", Reception("Người Thử Biên Phòng"));
        // The province counts the person (and no test after this one sees its figures still moving).
        await Eventually.ReturnsAsync(ReceivedIn2011Async, received => received == before + 1, "the province to count the person received", TimeSpan.FromSeconds(10));
        using var refused = await (await fixture.ClientForAsync(Parties.InformationOfficer)).PostCommandAsync("/provinces/22/persons/TN-AO-2/reception", Reception("Người Thử Thông Tin"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("notPermitted", (await refused.ProblemAsync()).Code);

        // The record is read by the agency's case workers, not by its officers.
        using var officerRead = await borderGuardOfficer.GetAsync("/api/v1/provinces/22/persons/TN-AO-1");
        Assert.Equal(HttpStatusCode.Forbidden, officerRead.StatusCode);
        var caseWorker = await fixture.ClientForAsync(new ActingParty("bdbp-case-worker-web", "BDBP", ActorRole.CaseWorker));
        var record = await caseWorker.ReadAsync("/provinces/22/persons/TN-AO-1");
        Assert.StartsWith("200 ", record);
        Assert.Contains("2011-03-03", record);
        Assert.DoesNotContain("Người Thử Biên Phòng", record);
        // The refused reception stored nothing: there is no such person.
        Assert.StartsWith("404 ", await caseWorker.ReadAsync("/provinces/22/persons/TN-AO-2"));
    }

    [Fact]
    public async Task ThePublicSeesASmallCommuneCountSuppressedAndASignedInAnalystSeesIt()
    {
        await (await fixture.ClientForAsync(Parties.HaLongOfficer)).AcceptAsync("/communes/06664/surveys", new
        {
            idempotencyKey = Commands.Key(), surveyId = "KS-SMALL", conductedOn = "2011-06-01", respondents = 3, aware = 2,
        });

        var anonymous = await fixture.AnonymousClient().GetStringAsync("/xa/06664?period=2011");
        var analyst = await (await fixture.SignedInClientAsync(Parties.Analyst)).GetStringAsync("/xa/06664?period=2011");
        using var anonymousApi = await fixture.AnonymousClient().GetAsync("/api/v1/communes/06664/scorecard?period=2011");

        Assert.Contains("&lt; 5", IndicatorRow(anonymous, "IND-03"));
        Assert.DoesNotContain("2 / 3", IndicatorRow(anonymous, "IND-03"));
        Assert.Contains("2 / 3", IndicatorRow(analyst, "IND-03"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousApi.StatusCode);
    }

    private static string IndicatorRow(string html, string code)
    {
        var row = html[html.IndexOf($"data-indicator=\"{code}\"", StringComparison.Ordinal)..];
        return row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
    }

    private List<(string Method, string Pattern)> ApiEndpoints() =>
        [.. fixture.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, e.RoutePattern.RawText!)))
            .Distinct()];

    // The roles table of docs/sign-in.md; null: open to the public.
    private static ActorRole[]? AllowedApi(string method, string pattern) => pattern switch
    {
        _ when pattern.StartsWith("/api/v1/admin/", StringComparison.Ordinal) || pattern == "/api/v1/audit" => [ActorRole.Administrator],
        // Starting an export job reads aggregates; it is no command.
        _ when pattern.EndsWith("/exports", StringComparison.Ordinal) => Everyone,
        // A person's record and personal data are read by case workers; its steps are commands like any other.
        _ when pattern.Contains("/persons", StringComparison.Ordinal) && (method == "GET" || pattern.EndsWith("/personal-data/reads", StringComparison.Ordinal)) => [ActorRole.CaseWorker],
        _ when method == "POST" => DataEntry,
        _ when PublicApi.Contains(pattern) => null,
        _ => Everyone,
    };

    private static ActorRole[]? AllowedPage(string pattern) => pattern switch
    {
        "quan-tri" or "quan-tri/nhat-ky" or "dashboard" or "dashboard/" => [ActorRole.Administrator],
        // The sample form (see Fill), the survey, is for agency and district officers only: case workers are refused it.
        "nhap-lieu/{form}" => [ActorRole.AgencyOfficer, ActorRole.DistrictOfficer],
        _ when pattern.StartsWith("nhap-lieu", StringComparison.Ordinal) => DataEntry,
        _ when pattern.StartsWith("bao-cao", StringComparison.Ordinal) => Everyone,
        // The lists and pages of records: tips and cases for every signed-in role, persons for case workers.
        "nan-nhan" or "nan-nhan/{id}" => [ActorRole.CaseWorker],
        "tin-bao" or "tin-bao/{id}" or "vu-an" or "vu-an/{id}" or "hop-thu" => Everyone,
        _ => null,
    };

    private static string Fill(string pattern)
    {
        var path = pattern.Replace("{handler?}", "", StringComparison.Ordinal).Replace("{number:int}", "1", StringComparison.Ordinal);
        var code = path.Contains("provinces/{code}", StringComparison.Ordinal) ? "22"
            : path.Contains("districts/{code}", StringComparison.Ordinal) ? "193"
            : path.Contains("communes/{code}", StringComparison.Ordinal) ? "06649"
            : path.Contains("programs/{code}", StringComparison.Ordinal) ? "QN-3087-2011-2015"
            : path.StartsWith("chi-tieu", StringComparison.Ordinal) ? "IND-03"
            : path.StartsWith("co-quan", StringComparison.Ordinal) ? "TTTT"
            : path.StartsWith("huyen", StringComparison.Ordinal) ? "193" : "06649";
        return path.Replace("{code}", code, StringComparison.Ordinal).Replace("{id}", "MATRIX-NONE", StringComparison.Ordinal)
            .Replace("{period}", "2013-Q1", StringComparison.Ordinal).Replace("{agency}", "TTTT", StringComparison.Ordinal)
            .Replace("{reporter}", "TTTT", StringComparison.Ordinal).Replace("{userName}", "matrix-nobody", StringComparison.Ordinal)
            .Replace("{form}", "khao-sat-nhan-thuc", StringComparison.Ordinal).Replace("{documentName}", "v1", StringComparison.Ordinal);
    }

    private async Task<string> SnapshotAsync()
    {
        var admin = await fixture.AdminAsync();
        var reader = await fixture.ClientForAsync(Parties.Analyst);
        return string.Join('\n',
            await reader.ReadAsync("/provinces/22/scorecard?period=2013"),
            await reader.ReadAsync("/districts/193/communes/scorecards?period=2013"),
            await reader.ReadAsync("/provinces/22/reporting/periods/2013-Q1"),
            await admin.GetStringAsync("/api/v1/admin/accounts"),
            await admin.GetStringAsync("/api/v1/admin/api-keys"));
    }
}
