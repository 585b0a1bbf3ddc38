using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Communication;

/// <summary>Ends an active reporter's or propagandist's membership; from <paramref name="DeactivatedOn"/> on they no longer count.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="PersonId">The identifier used when registering.</param>
/// <param name="DeactivatedOn">First day the person is no longer active (after the registration date).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.DeactivatePerson")]
public sealed record DeactivatePerson(string IdempotencyKey, ActingParty Actor, string PersonId, DateOnly DeactivatedOn) : ICommand;
