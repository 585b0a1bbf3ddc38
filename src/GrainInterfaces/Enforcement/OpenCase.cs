using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>Opens a criminal case (khởi tố vụ án); by the Police (CA) or the Border Guard (BDBP).</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="OpenedOn">Date of the decision to open the case.</param>
/// <param name="UnitCode">Where it arose: a commune's code, else its district's, else the province's.</param>
/// <param name="Suspects">Suspects (bị can) charged, 1 or more.</param>
/// <param name="Form">The purpose of the trafficking.</param>
/// <param name="Abroad">True when victims were trafficked abroad, false for domestic trafficking.</param>
/// <param name="TipId">The tip the case came from, or null.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.OpenCase")]
public sealed record OpenCase(
    string IdempotencyKey, ActingParty Actor, DateOnly OpenedOn, string UnitCode, int Suspects, TraffickingForm Form, bool Abroad, string? TipId = null)
    : ICommand;
