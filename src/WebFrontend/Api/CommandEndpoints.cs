using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.WebFrontend.Hardening;
using AntiTrafficking.WebFrontend.Security;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>
/// Every command of the API, one POST per route its declaration gives (<see cref="CommandCatalog"/>); bodies are the
/// grain-client command records in JSON.
/// </summary>
public static class CommandEndpoints
{
    /// <summary>Maps the endpoint of every declared command route under <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapCommands(this RouteGroupBuilder api)
    {
        var mapper = new Mapper(api);
        foreach (var command in CommandCatalog.All)
        {
            command.Accept(mapper);
        }

        return api;
    }

    /// <summary>The tag of a group's endpoints in the OpenAPI document.</summary>
    private static string Tag(CommandGroup group) => group switch
    {
        CommandGroup.Communication => "Commands",
        CommandGroup.Enforcement => "Enforcement",
        CommandGroup.Victims => "Victims",
        _ => "Reporting",
    };

    /// <summary>Maps a declaration's routes, each reading the grain's key from the route as its kind says.</summary>
    /// <remarks>
    /// Every command, a person's steps included, is open to the DataEntry roles here and decided by the grains from its
    /// declaration's permission (a received person's steps: the agency officers and case workers of the agencies it
    /// names), as the forms are; reading a person's record or personal data is for case workers (<see cref="VictimEndpoints"/>).
    /// </remarks>
    private sealed class Mapper(RouteGroupBuilder group) : ICommandVisitor
    {
        public void Visit<T>(CommandDeclaration<T> declaration)
            where T : class, ICommand
        {
            foreach (var route in declaration.Routes)
            {
                var endpoint = route.Key switch
                {
                    CommandKey.Unit => group.MapPost(route.Pattern, (HttpRequest request, IGrainFactory grains, string code) =>
                        SendAsync<T>(request, c => route.Send(grains, route.GrainKey(code, code), c))),
                    CommandKey.Record => group.MapPost(route.Pattern, (HttpRequest request, IGrainFactory grains, string code, string id) =>
                        Problems.MalformedId(request, id) is { } malformed
                            ? Task.FromResult(malformed)
                            : SendAsync<T>(request, c => route.Send(grains, route.GrainKey(code, id), c))),
                    _ => group.MapPost(route.Pattern, (HttpRequest request, IGrainFactory grains, string code, string period) =>
                        AntiTrafficking.Indicators.Period.TryParse(period, out _)
                            ? SendAsync<T>(request, c => route.Send(grains, route.GrainKey(code, period), c))
                            : Task.FromResult(Problems.InvalidPeriod(request, period))),
                };
                endpoint.DescribedAsCommand<T>(route.Summary, Tag(declaration.Group));
            }
        }
    }

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

    /// <summary>
    /// The key of the grain <paramref name="route"/> sends to, from the province (or the unit code) and what the path or
    /// the form names: the unit's code itself, "{province}:{id}", or "{province}:{period}" with the period written as
    /// the API writes it (e.g. "2013-H1"); the form's and the endpoint's one rule.
    /// </summary>
    internal static string GrainKey(this CommandRoute route, string code, string target) => route.Key switch
    {
        CommandKey.Unit => target,
        CommandKey.Record => $"{code}:{target}",
        _ => $"{code}:{AntiTrafficking.Indicators.Period.Parse(target)}",
    };
}
