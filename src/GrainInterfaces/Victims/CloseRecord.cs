using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>Closes a concluded record (LDTBXH); no step is accepted after it.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="ClosedOn">Date closed (not before the latest step).</param>
/// <param name="Reintegrated">True when an identified victim has reintegrated into the community (tái hòa nhập cộng đồng).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.CloseRecord")]
public sealed record CloseRecord(string IdempotencyKey, ActingParty Actor, DateOnly ClosedOn, bool Reintegrated) : ICommand;
