using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>
/// Concludes a verification (CA or BDBP), once: identified as a victim, counted in IND-13 and IND-14 in the period of
/// <paramref name="ConcludedOn"/>, or not a victim. Either way the person counts as verified in IND-12.
/// </summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="ConcludedOn">Date of the conclusion (the identification date for a victim).</param>
/// <param name="Outcome">Victim or not a victim.</param>
/// <param name="CertificateIssuer">Who issued the victim certificate (e.g. "CA", "BDBP", "UBND xã Hải Sơn"); required for a victim, absent otherwise.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.ConcludeIdentification")]
public sealed record ConcludeIdentification(
    string IdempotencyKey, ActingParty Actor, DateOnly ConcludedOn, IdentificationOutcome Outcome, string? CertificateIssuer = null) : ICommand;
