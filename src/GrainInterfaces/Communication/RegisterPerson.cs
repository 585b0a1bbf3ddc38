using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Communication;

/// <summary>
/// Registers a member of the communication network: a reporter (báo cáo viên) of a district
/// or a propagandist (tuyên truyền viên) of a commune, active from <paramref name="RegisteredOn"/>.
/// </summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="PersonId">The unit's own identifier for the person (a roster number, not personal data).</param>
/// <param name="RegisteredOn">Date the person started (Vietnam calendar date, 2011 or later, not in the future).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.RegisterPerson")]
public sealed record RegisterPerson(string IdempotencyKey, ActingParty Actor, string PersonId, DateOnly RegisteredOn) : ICommand;
