using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Catalog;
using AntiTrafficking.GrainInterfaces.Views;
using System.Security.Claims;
using AntiTrafficking.WebFrontend.Privacy;
using AntiTrafficking.WebFrontend.Security;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>
/// Scorecards of the province, a district and a commune for a chosen period, and the catalogs. Province and district
/// scorecards are public, with exactly the pages' small-count protection (<see cref="SmallCounts"/>); commune
/// scorecards need a signed-in user or key.
/// </summary>
public static class QueryEndpoints
{
    /// <summary>Maps the query endpoints under <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapQueries(this RouteGroupBuilder api)
    {
        MapScorecard<ShownScorecard>(api, "/provinces/{code}/scorecard", "Chỉ tiêu của tỉnh / Province scorecard",
            async (counts, code, period, reader) => Shown(await counts.ProvinceAsync(code, period, reader)));
        MapScorecard<IReadOnlyList<ShownScorecard>>(api, "/provinces/{code}/districts/scorecards", "Chỉ tiêu các huyện / Every district's scorecard",
            async (counts, code, period, reader) => Shown(await counts.DistrictsAsync(code, period, reader)));
        MapScorecard<ShownScorecard>(api, "/districts/{code}/scorecard", "Chỉ tiêu của huyện / District scorecard",
            async (counts, code, period, reader) => Shown(await counts.DistrictAsync(code, period, reader)));
        MapScorecard<IReadOnlyList<ShownScorecard>>(api, "/districts/{code}/communes/scorecards", "Chỉ tiêu các xã / Every commune's scorecard",
            async (counts, code, period, reader) => Shown(await counts.CommunesAsync(code, period, reader)))
            .RequireAuthorization(Policies.Aggregates);
        MapScorecard<ShownScorecard>(api, "/communes/{code}/scorecard", "Chỉ tiêu của xã / Commune scorecard",
            async (counts, code, period, reader) => Shown(await counts.CommuneAsync(code, period, reader)))
            .RequireAuthorization(Policies.Aggregates);

        api.MapGet("/provinces/{code}/agencies/{agency}", (HttpRequest request, SmallCounts counts, string code, string agency) =>
                Guard(request, "agency", () => counts.AgencyAsync(code, agency, request.HttpContext.User)))
            .Produces<ShownAgencyProfile>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Cơ quan / Agency profile and activity").WithTags("Queries");
        api.MapGet("/programs/{code}/legal-documents", (IGrainFactory grains, string code) =>
                grains.GetGrain<IProgramCatalogGrain>(code).GetLegalDocumentsAsync())
            .WithSummary("Danh mục văn bản QPPL / Legal-document catalog").WithTags("Queries");
        api.MapGet("/programs/{code}/guidance", (IGrainFactory grains, string code) =>
                grains.GetGrain<IProgramCatalogGrain>(code).GetGuidanceAsync())
            .WithSummary("Văn bản hướng dẫn / Required guidance documents").WithTags("Queries");
        return api;
    }

    private const string SuppressionDescription =
        "Không đăng nhập: số người từ 1 đến 4 là null với trạng thái \"small\" (trang web ghi \"< 5\"), số bị ẩn thêm để không suy ra được số nhỏ là null với \"withheld\" (\"ẩn\"), chỉ tiêu tính từ số bị ẩn có value và status null, suppressed: true. "
        + "/ Without sign-in: a count of people from 1 to 4 is null with state \"small\" (the pages' \"< 5\"), a count withheld so that a small one cannot be worked out is null with state \"withheld\" (the pages' \"ẩn\"), and an indicator computed from a hidden count has value and status null and suppressed: true; signed-in callers get every count, state \"shown\".";

    private static ShownScorecard Shown(Protected<ScorecardView> unit) => unit.Counts.Show(unit.Figures);

    private static IReadOnlyList<ShownScorecard> Shown(Protected<IReadOnlyList<ScorecardView>> units) => units.Figures.Select(units.Counts.Show).ToList();

    private static RouteHandlerBuilder MapScorecard<T>(RouteGroupBuilder api, string pattern, string summary, Func<SmallCounts, string, string, ClaimsPrincipal, Task<T>> query) =>
        api.MapGet(pattern, async (HttpRequest request, SmallCounts counts, PeriodDefaults defaults, string code, string? period) =>
            {
                var resolved = await defaults.ResolveAsync(period);
                return resolved is null ? Problems.InvalidPeriod(request, period!) : await Guard(request, "code", () => query(counts, code, resolved, request.HttpContext.User));
            })
            .Produces<T>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary(summary)
            .WithDescription(SuppressionDescription)
            .WithTags("Queries");

    private static async Task<IResult> Guard<T>(HttpRequest request, string field, Func<Task<T>> query)
    {
        try
        {
            return Results.Ok(await query());
        }
        catch (UnknownUnitException ex)
        {
            return Problems.UnknownUnit(request, field, ex.Code);
        }
    }
}
