using AntiTrafficking.GrainInterfaces.Catalog;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.WebFrontend.Hardening;
using AntiTrafficking.WebFrontend.Security;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>The Project 1 commands, one POST each; bodies are the grain-client command records in JSON.</summary>
public static class CommandEndpoints
{
    /// <summary>Maps the command endpoints under <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapCommands(this RouteGroupBuilder api)
    {
        Map<RegisterPerson>(api, "/districts/{code}/reporters", "Đăng ký báo cáo viên / Register a district reporter",
            (grains, code, c) => grains.GetGrain<IDistrictGrain>(code).RegisterReporterAsync(c));
        Map<DeactivatePerson>(api, "/districts/{code}/reporters/deactivations", "Cho thôi báo cáo viên / Deactivate a reporter",
            (grains, code, c) => grains.GetGrain<IDistrictGrain>(code).DeactivateReporterAsync(c));
        Map<RegisterPerson>(api, "/communes/{code}/propagandists", "Đăng ký tuyên truyền viên / Register a commune propagandist",
            (grains, code, c) => grains.GetGrain<ICommuneGrain>(code).RegisterPropagandistAsync(c));
        Map<DeactivatePerson>(api, "/communes/{code}/propagandists/deactivations", "Cho thôi tuyên truyền viên / Deactivate a propagandist",
            (grains, code, c) => grains.GetGrain<ICommuneGrain>(code).DeactivatePropagandistAsync(c));
        Map<RecordOfficials>(api, "/communes/{code}/officials", "Số cán bộ chuyên trách và đã tập huấn / Specialised officials and trained",
            (grains, code, c) => grains.GetGrain<ICommuneGrain>(code).RecordOfficialsAsync(c));
        Map<RecordDelivery>(api, "/communes/{code}/deliveries", "Cấp phát tài liệu tuyên truyền / Deliver propaganda material",
            (grains, code, c) => grains.GetGrain<ICommuneGrain>(code).RecordDeliveryAsync(c));
        Map<RecordSurvey>(api, "/communes/{code}/surveys", "Khảo sát nhận thức / Awareness survey",
            (grains, code, c) => grains.GetGrain<ICommuneGrain>(code).RecordSurveyAsync(c));
        Map<RegisterLegalDocument>(api, "/programs/{code}/legal-documents", "Thêm văn bản QPPL vào danh mục / Add a legal document",
            (grains, code, c) => grains.GetGrain<IProgramCatalogGrain>(code).RegisterLegalDocumentAsync(c));
        Map<RequireGuidance>(api, "/programs/{code}/guidance", "Văn bản hướng dẫn phải ban hành / Require a guidance document",
            (grains, code, c) => grains.GetGrain<IProgramCatalogGrain>(code).RequireGuidanceAsync(c));
        Map<IssueGuidance>(api, "/programs/{code}/guidance/issuings", "Ban hành văn bản hướng dẫn / Issue a guidance document",
            (grains, code, c) => grains.GetGrain<IProgramCatalogGrain>(code).IssueGuidanceAsync(c));
        return api;
    }

    private static void Map<T>(RouteGroupBuilder api, string pattern, string summary, Func<IGrainFactory, string, T, Task<CommandResult>> send)
        where T : class, ICommand =>
        api.MapPost(pattern, (HttpRequest request, IGrainFactory grains, string code) => SendAsync<T>(request, c => send(grains, code, c)))
            .DescribedAsCommand<T>(summary, "Commands");

    /// <summary>What every command endpoint shares: the DataEntry policy, its JSON body and its answers in the OpenAPI document.</summary>
    internal static RouteHandlerBuilder DescribedAsCommand<T>(this RouteHandlerBuilder endpoint, string summary, string tag)
        where T : class, ICommand =>
        endpoint
            .Accepts<T>("application/json")
            .RequireAuthorization(Policies.DataEntry)
            .Produces<CommandAccepted>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(summary)
            .WithTags(tag);

    /// <summary>
    /// The contract of every command of the API: strict JSON, the acting party from the caller's identity
    /// (<see cref="ActorBinding"/>), a refusal as problem details, 503 when the cluster or the database is unreachable.
    /// </summary>
    internal static async Task<IResult> SendAsync<T>(HttpRequest request, Func<T, Task<CommandResult>> send)
        where T : class, ICommand
    {
        var (command, problem) = await ActorBinding.ReadAsync<T>(request);
        if (problem is not null)
        {
            return problem;
        }

        CommandResult result;
        try
        {
            result = await send(command!);
        }
        catch (Exception ex) when (Unavailability.IsUnavailable(ex))
        {
            return Problems.Unavailable(request);
        }

        return result.Succeeded ? Results.Ok(new CommandAccepted(result.Outcome, result.Version)) : Problems.Refused(request, result.Error!);
    }
}
