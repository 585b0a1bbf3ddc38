using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Agencies;
using AntiTrafficking.GrainInterfaces.Catalog;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using System.Collections.Immutable;
using AntiTrafficking.WebFrontend.Security;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>
/// Scorecards of the province, a district and a commune for a chosen period, and the catalogs. Province and district
/// figures are public, as on the pages; commune figures (small counts unprotected) need a signed-in user or key.
/// </summary>
public static class QueryEndpoints
{
    /// <summary>Maps the query endpoints under <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapQueries(this RouteGroupBuilder api)
    {
        MapScorecard<ScorecardView>(api, "/provinces/{code}/scorecard", "Chỉ tiêu của tỉnh / Province scorecard",
            (grains, code, period) => grains.GetGrain<IProvinceGrain>(code).GetScorecardAsync(period));
        MapScorecard<ImmutableArray<ScorecardView>>(api, "/provinces/{code}/districts/scorecards", "Chỉ tiêu các huyện / Every district's scorecard",
            (grains, code, period) => grains.GetGrain<IProvinceGrain>(code).GetDistrictScorecardsAsync(period));
        MapScorecard<ScorecardView>(api, "/districts/{code}/scorecard", "Chỉ tiêu của huyện / District scorecard",
            (grains, code, period) => grains.GetGrain<IDistrictGrain>(code).GetScorecardAsync(period));
        MapScorecard<ImmutableArray<ScorecardView>>(api, "/districts/{code}/communes/scorecards", "Chỉ tiêu các xã / Every commune's scorecard",
            (grains, code, period) => grains.GetGrain<IDistrictGrain>(code).GetCommuneScorecardsAsync(period))
            .RequireAuthorization(Policies.Aggregates);
        MapScorecard<ScorecardView>(api, "/communes/{code}/scorecard", "Chỉ tiêu của xã / Commune scorecard",
            (grains, code, period) => grains.GetGrain<ICommuneGrain>(code).GetScorecardAsync(period))
            .RequireAuthorization(Policies.Aggregates);

        api.MapGet("/provinces/{code}/agencies/{agency}", (HttpRequest request, IGrainFactory grains, string code, string agency) =>
                Guard(request, "agency", () => grains.GetGrain<IAgencyGrain>($"{code}:{agency}").GetProfileAsync()))
            .Produces<AgencyProfile>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Cơ quan / Agency profile and activity").WithTags("Queries");
        api.MapGet("/programs/{code}/legal-documents", (IGrainFactory grains, string code) =>
                grains.GetGrain<IProgramCatalogGrain>(code).GetLegalDocumentsAsync())
            .WithSummary("Danh mục văn bản QPPL / Legal-document catalog").WithTags("Queries");
        api.MapGet("/programs/{code}/guidance", (IGrainFactory grains, string code) =>
                grains.GetGrain<IProgramCatalogGrain>(code).GetGuidanceAsync())
            .WithSummary("Văn bản hướng dẫn / Required guidance documents").WithTags("Queries");
        return api;
    }

    private static RouteHandlerBuilder MapScorecard<T>(RouteGroupBuilder api, string pattern, string summary, Func<IGrainFactory, string, string, Task<T>> query) =>
        api.MapGet(pattern, async (HttpRequest request, IGrainFactory grains, PeriodDefaults defaults, string code, string? period) =>
            {
                var resolved = await defaults.ResolveAsync(period);
                return resolved is null ? Problems.InvalidPeriod(request, period!) : await Guard(request, "code", () => query(grains, code, resolved));
            })
            .Produces<T>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary(summary)
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
