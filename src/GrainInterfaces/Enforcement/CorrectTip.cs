using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>
/// Corrects one value recorded when the tip was received (sửa số liệu), by the Police (CA) or the Border Guard (BDBP):
/// exactly one of the values is given, with the reason. Never an edit in place: the tip's history keeps a "corrected"
/// step with the value before and after, the audit trail the same, and every figure of the tip moves with the new
/// value (a new receipt date moves it to that date's periods, a new place to that unit).
/// </summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="Reason">Why the value is corrected (required, at most 500 characters).</param>
/// <param name="ReceivedOn">The right receipt date (not after a later step of the tip).</param>
/// <param name="UnitCode">The right place: a commune's code, else its district's, else the province's.</param>
/// <param name="Source">The right source.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.CorrectTip")]
public sealed record CorrectTip(
    string IdempotencyKey, ActingParty Actor, string Reason, DateOnly? ReceivedOn = null, string? UnitCode = null, TipSource? Source = null) : ICommand;
