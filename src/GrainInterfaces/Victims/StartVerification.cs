using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>Starts verifying whether a received person is a victim (CA or BDBP).</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="StartedOn">Date started (not before reception).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.StartVerification")]
public sealed record StartVerification(string IdempotencyKey, ActingParty Actor, DateOnly StartedOn) : ICommand;
