using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>
/// Corrects the person's home unit (CA, BDBP or LDTBXH), e.g. once verification finds the home commune: every figure
/// of the person moves from the old unit to the new one.
/// </summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="HomeUnitCode">The new home commune's code, else its district's, else the province's.</param>
/// <param name="ChangedOn">Date of the correction (not before reception).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.ChangeHome")]
public sealed record ChangeHome(string IdempotencyKey, ActingParty Actor, string HomeUnitCode, DateOnly ChangedOn) : ICommand;
