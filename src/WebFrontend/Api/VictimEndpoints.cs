using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.WebFrontend.Hardening;
using AntiTrafficking.WebFrontend.Security;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>
/// Project 3's reads through the API, for case workers only: received persons of a province (grain key "{code}:{id}",
/// like tips and cases). Its commands are declared in <c>Project3Commands</c> and mapped with every other
/// (<see cref="CommandEndpoints"/>), for the agency officers and case workers the declarations name. No GET returns
/// personal data: it is released only by the explicit read (a POST naming the reader and the purpose), answered with
/// <c>Cache-Control: no-store</c>.
/// </summary>
public static class VictimEndpoints
{
    private const string Person = "/provinces/{code}/persons/{id}";

    /// <summary>Maps the Project 3 reads under <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapVictims(this RouteGroupBuilder outer)
    {
        var api = PersonGroup(outer);
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

    /// <summary>The group of a person's reads: a record, even without personal data, is read by case workers only.</summary>
    private static RouteGroupBuilder PersonGroup(RouteGroupBuilder outer) =>
        outer.MapGroup("").RequireAuthorization(Policies.CaseWorker)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

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
