using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.Grains.Reference;
using Orleans.Concurrency;

namespace AntiTrafficking.Grains.Commands;

/// <summary>Answers which commands a party may give, from <see cref="CommandPermissions"/> (read-only, so on every silo).</summary>
[StatelessWorker]
internal sealed class CommandPermissionGrain(ReferenceData reference) : Grain, ICommandPermissionGrain
{
    public Task<ImmutableArray<string>> GetCommandsAsync(ActingParty party) =>
        Task.FromResult(CommandPermissions.ByCommand
            .Where(p => p.Value.MayEverAllow(reference, this.GetPrimaryKeyString(), party))
            .Select(p => p.Key.Name)
            .Order(StringComparer.Ordinal)
            .ToImmutableArray());
}
