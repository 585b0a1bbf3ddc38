using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Orleans.Storage;

namespace AntiTrafficking.Persistence;

/// <summary>
/// Wraps the ADO.NET grain storage so that "PostgreSQL could not be reached" — on a write, or on the read that
/// activates a grain — reaches the caller as <see cref="DatabaseUnavailableException"/>, a message saying so that
/// every client can deserialize (Npgsql's own exceptions cannot cross the wire). The cause is logged here.
/// </summary>
internal sealed class ReachabilityGrainStorage(IGrainStorage inner, ILogger<ReachabilityGrainStorage> logger)
    : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        GuardAsync(() => inner.ReadStateAsync(stateName, grainId, grainState), "read", grainId);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        GuardAsync(() => inner.WriteStateAsync(stateName, grainId, grainState), "write", grainId);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        GuardAsync(() => inner.ClearStateAsync(stateName, grainId, grainState), "clear", grainId);

    public void Participate(ISiloLifecycle lifecycle)
    {
        if (inner is ILifecycleParticipant<ISiloLifecycle> participant)
        {
            participant.Participate(lifecycle);
        }
    }

    private async Task GuardAsync(Func<Task> operation, string what, GrainId grainId)
    {
        try
        {
            await operation();
        }
        catch (Exception ex) when (PostgresProbe.IsUnreachable(ex))
        {
            logger.LogWarning("Could not {Operation} the state of {Grain}: the database is unreachable ({Error})", what, grainId, ex.GetBaseException().Message);
            throw new DatabaseUnavailableException();
        }
    }
}
