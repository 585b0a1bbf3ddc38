using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>A protection measure applied (CA, BDBP or LDTBXH); shown as an output by measure.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="Measure">The measure.</param>
/// <param name="AppliedOn">Date applied (not before reception).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.ApplyProtection")]
public sealed record ApplyProtection(string IdempotencyKey, ActingParty Actor, ProtectionMeasure Measure, DateOnly AppliedOn) : ICommand;
