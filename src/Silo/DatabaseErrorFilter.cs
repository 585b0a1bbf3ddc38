using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.Persistence;

namespace AntiTrafficking.Silo;

/// <summary>
/// Turns "PostgreSQL could not be reached" inside any grain call into <see cref="DatabaseUnavailableException"/>,
/// so callers fail fast with a message that says so (and the API answers 503). The cause is logged here.
/// </summary>
internal sealed class DatabaseErrorFilter(ILogger<DatabaseErrorFilter> logger) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception ex) when (ex is not DatabaseUnavailableException && PostgresProbe.IsUnreachable(ex))
        {
            logger.LogWarning("{Method} on {Grain} failed: the database is unreachable ({Error})",
                context.InterfaceMethod?.Name, context.TargetId, ex.GetBaseException().Message);
            throw new DatabaseUnavailableException();
        }
    }
}
