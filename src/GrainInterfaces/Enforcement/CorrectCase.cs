using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>
/// Corrects one value recorded when the case was opened (sửa số liệu), by the Police (CA) or the Border Guard (BDBP):
/// exactly one of the values is given, with the reason. The case's history keeps a "corrected" step with the value
/// before and after, the audit trail the same, and every figure of the case moves with the new value.
/// </summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="Reason">Why the value is corrected (required, at most 500 characters).</param>
/// <param name="OpenedOn">The right opening date (not after a later step of the case).</param>
/// <param name="UnitCode">The right place: a commune's code, else its district's, else the province's.</param>
/// <param name="Suspects">The right number of suspects charged, 1 to 1,000.</param>
/// <param name="Form">The right purpose of the trafficking.</param>
/// <param name="Abroad">Whether victims were trafficked abroad.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.CorrectCase")]
public sealed record CorrectCase(
    string IdempotencyKey,
    ActingParty Actor,
    string Reason,
    DateOnly? OpenedOn = null,
    string? UnitCode = null,
    int? Suspects = null,
    TraffickingForm? Form = null,
    bool? Abroad = null) : ICommand;
