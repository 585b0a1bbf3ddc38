using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.WebFrontend.Security;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>
/// Project 2's reads through the API: tips, cases, key areas and peak campaigns of a province (grain key
/// "{code}:{id}"), and the three-sector statistics. Its commands are declared in <c>Project2Commands</c> and mapped
/// with every other (<see cref="CommandEndpoints"/>).
/// </summary>
public static class EnforcementEndpoints
{
    private const string Tip = "/provinces/{code}/tips/{id}";
    private const string Case = "/provinces/{code}/cases/{id}";
    private const string KeyArea = "/provinces/{code}/key-areas/{id}";
    private const string Campaign = "/provinces/{code}/campaigns/{id}";

    /// <summary>Maps the Project 2 reads under <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapEnforcement(this RouteGroupBuilder api)
    {
        View(api, Tip, "Tin báo / Tip", (g, k) => g.GetGrain<ITipGrain>(k).GetAsync());
        View(api, Case, "Vụ án / Case", (g, k) => g.GetGrain<ICaseGrain>(k).GetAsync());
        View(api, KeyArea, "Tuyến, địa bàn trọng điểm / Key area", (g, k) => g.GetGrain<IKeyAreaGrain>(k).GetAsync());
        View(api, Campaign, "Đợt cao điểm / Peak campaign", (g, k) => g.GetGrain<ICampaignGrain>(k).GetAsync());
        api.MapGet("/provinces/{code}/campaigns", (IGrainFactory grains, string code) => grains.GetGrain<ICampaignDirectoryGrain>(code).GetCampaignsAsync())
            .RequireAuthorization(Policies.Aggregates)
            .Produces<ImmutableArray<CampaignView>>()
            .WithSummary("Các đợt cao điểm / Peak campaigns of the province").WithTags("Enforcement");

        api.MapGet("/provinces/{code}/three-sector-statistics", ThreeSectorAsync)
            .RequireAuthorization(Policies.Aggregates)
            .Produces<ThreeSectorView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Đối chiếu thống kê liên ngành / Three-sector statistics and discrepancies").WithTags("Enforcement");
        return api;
    }

    private static async Task<IResult> ThreeSectorAsync(HttpRequest request, IGrainFactory grains, PeriodDefaults defaults, string code, string? period)
    {
        var resolved = await defaults.ResolveAsync(period);
        if (resolved is null)
        {
            return Problems.InvalidPeriod(request, period!);
        }

        try
        {
            return Results.Ok(await grains.GetGrain<IThreeSectorStatisticsGrain>($"{code}:{resolved}").GetComparisonAsync());
        }
        catch (UnknownUnitException)
        {
            return Problems.UnknownUnit(request, "code", code);
        }
    }

    private static void View<T>(RouteGroupBuilder api, string pattern, string summary, Func<IGrainFactory, string, Task<T?>> read)
        where T : class =>
        api.MapGet(pattern, async (HttpRequest request, IGrainFactory grains, string code, string id) =>
                Problems.MalformedId(request, id)
                ?? (await read(grains, $"{code}:{id}") is { } view ? Results.Ok(view) : Problems.UnknownUnit(request, "id", id)))
            .RequireAuthorization(Policies.Aggregates)
            .Produces<T>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary(summary)
            .WithTags("Enforcement");
}
