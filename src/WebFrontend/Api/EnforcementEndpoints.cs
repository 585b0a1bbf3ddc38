using System.Collections.Immutable;
using System.Text.Json;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.Indicators;
using AntiTrafficking.WebFrontend.Security;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>
/// Project 2 through the API: tips, cases, key areas and peak campaigns of a province (grain key
/// "{code}:{id}"), and the three-sector statistics. Command bodies are the grain-client command records in JSON.
/// </summary>
public static class EnforcementEndpoints
{
    private const string Tip = "/provinces/{code}/tips/{id}";
    private const string Case = "/provinces/{code}/cases/{id}";
    private const string KeyArea = "/provinces/{code}/key-areas/{id}";
    private const string Campaign = "/provinces/{code}/campaigns/{id}";

    /// <summary>Maps the Project 2 endpoints under <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapEnforcement(this RouteGroupBuilder api)
    {
        Command<ReceiveTip>(api, Tip + "/receipt", "Tiếp nhận tin báo, tố giác / Receive a tip", (g, k, c) => g.GetGrain<ITipGrain>(k).ReceiveAsync(c));
        Command<ClassifyTip>(api, Tip + "/classification", "Phân loại tin báo / Classify a tip", (g, k, c) => g.GetGrain<ITipGrain>(k).ClassifyAsync(c));
        Command<ConcludeVerification>(api, Tip + "/verification", "Kết luận xác minh / Conclude a verification",
            (g, k, c) => g.GetGrain<ITipGrain>(k).ConcludeVerificationAsync(c));
        Command<ReferTip>(api, Tip + "/referrals", "Chuyển tin báo đến cơ quan khác / Refer a tip to another agency", (g, k, c) => g.GetGrain<ITipGrain>(k).ReferAsync(c));
        Command<AcceptTipReferral>(api, Tip + "/referrals/acceptance", "Nhận tin báo được chuyển đến / Accept a referred tip",
            (g, k, c) => g.GetGrain<ITipGrain>(k).AcceptReferralAsync(c));
        Command<DeclineTipReferral>(api, Tip + "/referrals/refusal", "Từ chối tin báo được chuyển đến / Decline a referred tip",
            (g, k, c) => g.GetGrain<ITipGrain>(k).DeclineReferralAsync(c));
        Command<CorrectTip>(api, Tip + "/corrections", "Sửa số liệu tin báo / Correct a value of a tip", (g, k, c) => g.GetGrain<ITipGrain>(k).CorrectAsync(c));
        View(api, Tip, "Tin báo / Tip", (g, k) => g.GetGrain<ITipGrain>(k).GetAsync());

        Command<OpenCase>(api, Case + "/opening", "Khởi tố vụ án / Open a case", (g, k, c) => g.GetGrain<ICaseGrain>(k).OpenAsync(c));
        Command<RecordInvestigation>(api, Case + "/investigations", "Kết quả điều tra / Investigation results",
            (g, k, c) => g.GetGrain<ICaseGrain>(k).RecordInvestigationAsync(c));
        Command<ProsecuteCase>(api, Case + "/prosecution", "Truy tố / Send to court", (g, k, c) => g.GetGrain<ICaseGrain>(k).ProsecuteAsync(c));
        Command<RecordTrial>(api, Case + "/trials", "Xét xử sơ thẩm / First-instance trial", (g, k, c) => g.GetGrain<ICaseGrain>(k).RecordTrialAsync(c));
        Command<RecordJudgmentInForce>(api, Case + "/judgment-in-force", "Bản án có hiệu lực / Judgment in force",
            (g, k, c) => g.GetGrain<ICaseGrain>(k).RecordJudgmentInForceAsync(c));
        Command<RecordAppealJudgment>(api, Case + "/appeal-judgments", "Xét xử phúc thẩm / Appellate judgment",
            (g, k, c) => g.GetGrain<ICaseGrain>(k).RecordAppealJudgmentAsync(c));
        Command<OverturnJudgment>(api, Case + "/overturnings", "Giám đốc thẩm, tái thẩm / Overturn a judgment in force",
            (g, k, c) => g.GetGrain<ICaseGrain>(k).OverturnJudgmentAsync(c));
        Command<CorrectCase>(api, Case + "/corrections", "Sửa số liệu vụ án / Correct a value of a case", (g, k, c) => g.GetGrain<ICaseGrain>(k).CorrectAsync(c));
        View(api, Case, "Vụ án / Case", (g, k) => g.GetGrain<ICaseGrain>(k).GetAsync());

        Command<DesignateKeyArea>(api, KeyArea + "/designation", "Xác định tuyến, địa bàn trọng điểm / Designate a key area",
            (g, k, c) => g.GetGrain<IKeyAreaGrain>(k).DesignateAsync(c));
        Command<RecordKeyAreaMeasure>(api, KeyArea + "/measures", "Áp dụng biện pháp nghiệp vụ / Apply a measure",
            (g, k, c) => g.GetGrain<IKeyAreaGrain>(k).RecordMeasureAsync(c));
        View(api, KeyArea, "Tuyến, địa bàn trọng điểm / Key area", (g, k) => g.GetGrain<IKeyAreaGrain>(k).GetAsync());

        Command<PlanCampaign>(api, Campaign + "/plan", "Mở đợt cao điểm / Set up a peak campaign", (g, k, c) => g.GetGrain<ICampaignGrain>(k).PlanAsync(c));
        Command<RecordCampaignResult>(api, Campaign + "/results", "Kết quả đợt cao điểm / Campaign results",
            (g, k, c) => g.GetGrain<ICampaignGrain>(k).RecordResultAsync(c));
        View(api, Campaign, "Đợt cao điểm / Peak campaign", (g, k) => g.GetGrain<ICampaignGrain>(k).GetAsync());
        api.MapGet("/provinces/{code}/campaigns", (IGrainFactory grains, string code) => grains.GetGrain<ICampaignDirectoryGrain>(code).GetCampaignsAsync())
            .RequireAuthorization(Policies.Aggregates)
            .Produces<ImmutableArray<CampaignView>>()
            .WithSummary("Các đợt cao điểm / Peak campaigns of the province").WithTags("Enforcement");

        api.MapPost("/provinces/{code}/three-sector-statistics/{period}/submissions", SubmitStatisticsAsync)
            .DescribedAsCommand<SubmitSectorStatistics>("Nộp số liệu thống kê liên ngành / Submit joint crime statistics", "Enforcement");
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

    private static Task<IResult> SubmitStatisticsAsync(HttpRequest request, IGrainFactory grains, string code, string period) =>
        Period.TryParse(period, out var parsed)
            ? CommandEndpoints.SendAsync<SubmitSectorStatistics>(request, c => grains.GetGrain<IThreeSectorStatisticsGrain>($"{code}:{parsed}").SubmitAsync(c))
            : Task.FromResult(Problems.InvalidPeriod(request, period));

    private static void Command<T>(RouteGroupBuilder api, string pattern, string summary, Func<IGrainFactory, string, T, Task<CommandResult>> send)
        where T : class, ICommand =>
        api.MapPost(pattern, (HttpRequest request, IGrainFactory grains, string code, string id) =>
                Problems.MalformedId(request, id) is { } malformed
                    ? Task.FromResult(malformed)
                    : CommandEndpoints.SendAsync<T>(request, c => send(grains, $"{code}:{id}", c)))
            .DescribedAsCommand<T>(summary, "Enforcement");

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
