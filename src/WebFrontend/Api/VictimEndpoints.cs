using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.WebFrontend.Hardening;
using AntiTrafficking.WebFrontend.Security;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>
/// Project 3 through the API: received persons of a province (grain key "{code}:{id}", like tips and cases). Command
/// bodies are the grain-client command records in JSON. No GET returns personal data: it is released only by the
/// explicit read (a POST naming the reader and the purpose), answered with <c>Cache-Control: no-store</c>.
/// </summary>
public static class VictimEndpoints
{
    private const string Person = "/provinces/{code}/persons/{id}";

    /// <summary>Maps the Project 3 endpoints under <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapVictims(this RouteGroupBuilder outer)
    {
        // Everything about a person, even without personal data, is for case workers only.
        var api = outer.MapGroup("").RequireAuthorization(Policies.CaseWorker)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        Command<ReceivePerson>(api, "/reception", "Tiếp nhận người trở về / Receive a returning person", (g, c) => g.ReceiveAsync(c));
        Command<StartVerification>(api, "/verification", "Bắt đầu xác minh / Start the verification", (g, c) => g.StartVerificationAsync(c));
        Command<ConcludeIdentification>(api, "/identification", "Kết luận xác minh, xác định nạn nhân / Conclude the verification",
            (g, c) => g.ConcludeIdentificationAsync(c));
        Command<GiveConsent>(api, "/consent", "Ghi nhận đồng ý (nhận hỗ trợ, chia sẻ thông tin) / Record consent", (g, c) => g.GiveConsentAsync(c));
        Command<WithdrawConsent>(api, "/consent-withdrawal", "Rút lại đồng ý / Record a withdrawal of consent", (g, c) => g.WithdrawConsentAsync(c));
        Command<RecordSupport>(api, "/support", "Hỗ trợ nạn nhân / Record a support service", (g, c) => g.RecordSupportAsync(c));
        Command<DeclineLegalAid>(api, "/legal-aid-declined", "Từ chối trợ giúp pháp lý / Legal aid declined", (g, c) => g.DeclineLegalAidAsync(c));
        Command<ApplyProtection>(api, "/protection", "Biện pháp bảo vệ / Apply a protection measure", (g, c) => g.ApplyProtectionAsync(c));
        Command<AssignOfficer>(api, "/officers", "Phân công cán bộ / Assign an officer", (g, c) => g.AssignOfficerAsync(c));
        Command<ChangeHome>(api, "/home", "Sửa nơi cư trú / Correct the home unit", (g, c) => g.ChangeHomeAsync(c));
        Command<CorrectPerson>(api, "/corrections", "Sửa số liệu tiếp nhận / Correct a value recorded at reception", (g, c) => g.CorrectAsync(c));
        Command<CloseRecord>(api, "/closure", "Đóng hồ sơ / Close the record", (g, c) => g.CloseAsync(c));
        Command<ReferPerson>(api, "/referrals", "Chuyển hồ sơ đến cơ quan khác / Refer the person to another agency", (g, c) => g.ReferAsync(c));
        Command<AcceptPersonReferral>(api, "/referrals/acceptance", "Nhận hồ sơ được chuyển đến / Accept a referred person", (g, c) => g.AcceptReferralAsync(c));
        Command<DeclinePersonReferral>(api, "/referrals/refusal", "Từ chối hồ sơ được chuyển đến / Decline a referred person", (g, c) => g.DeclineReferralAsync(c));

        api.MapGet(Person, GetAsync)
            .Produces<VictimView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Hồ sơ (không có thông tin cá nhân) của cơ quan có hồ sơ / Record without personal data, for the agencies that have it").WithTags("Victims");
        api.MapPost(Person + "/personal-data/reads", ReadAsync)
            .Accepts<ReadRequest>("application/json")
            .Produces<PersonalDataResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Xem thông tin cá nhân (ghi vết người xem, lý do) / Read personal data (who and why are recorded)").WithTags("Victims");
        return outer;
    }

    private static IVictimGrain Grain(IGrainFactory grains, string code, string id) => grains.GetGrain<IVictimGrain>($"{code}:{id}");

    /// <summary>The record as the caller may see it: a case worker of an agency that has it or is referred it; 403 for the others.</summary>
    private static async Task<IResult> GetAsync(HttpContext context, IGrainFactory grains, string code, string id)
    {
        if (Problems.MalformedId(context.Request, id) is { } malformed)
        {
            return malformed;
        }

        if (PartyClaims.Party(context.User) is not { } reader)
        {
            return Problems.Unauthenticated(context.Request);
        }

        var result = await CallAsync(context.Request, () => Grain(grains, code, id).ViewAsync(reader));
        return result.Problem
            ?? (result.Value!.Error is { } refused ? Problems.Refused(context.Request, refused)
                : result.Value.View is { } view ? Results.Ok(view)
                : Problems.UnknownUnit(context.Request, "id", id));
    }

    private static async Task<IResult> ReadAsync(HttpContext context, IGrainFactory grains, string code, string id)
    {
        if (Problems.MalformedId(context.Request, id) is { } malformed)
        {
            return malformed;
        }

        var read = await ActorBinding.ReadAsync<ReadRequest>(context.Request, "reader");
        if (read.Problem is { } problem)
        {
            return problem;
        }

        // Personal data must not stay in any cache between here and the reader.
        context.Response.Headers.CacheControl = "no-store";
        var result = await CallAsync(context.Request, () => Grain(grains, code, id).ReadPersonalDataAsync(read.Body!));
        return result.Problem ?? (result.Value!.Granted ? Results.Ok(result.Value) : Problems.Refused(context.Request, result.Value.Error!));
    }

    private static void Command<T>(RouteGroupBuilder api, string step, string summary, Func<IVictimGrain, T, Task<CommandResult>> send)
        where T : class, ICommand =>
        api.MapPost(Person + step, async (HttpRequest request, IGrainFactory grains, string code, string id) =>
            {
                if (Problems.MalformedId(request, id) is { } malformed)
                {
                    return malformed;
                }

                var command = await ActorBinding.ReadAsync<T>(request);
                if (command.Problem is { } problem)
                {
                    return problem;
                }

                var result = await CallAsync(request, () => send(Grain(grains, code, id), command.Body!));
                return result.Problem
                    ?? (result.Value!.Succeeded ? Results.Ok(new CommandAccepted(result.Value.Outcome, result.Value.Version)) : Problems.Refused(request, result.Value.Error!));
            })
            .DescribedAsCommand<T>(summary, "Victims");

    private static async Task<(T? Value, IResult? Problem)> CallAsync<T>(HttpRequest request, Func<Task<T>> call)
        where T : class
    {
        try
        {
            return (await call(), null);
        }
        catch (Exception ex) when (Unavailability.IsUnavailable(ex))
        {
            return (null, Problems.Unavailable(request));
        }
    }
}
