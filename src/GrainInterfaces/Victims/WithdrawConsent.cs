using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>
/// Records that the person withdrew a consent (a support provider: LDTBXH, YT, HLHPN, TP, CA, BDBP). What was recorded
/// before stays (support already given still counts); the steps that need the consent are refused from then on.
/// </summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="Kind">Support, or data sharing.</param>
/// <param name="WithdrawnOn">Date withdrawn (not before the consent was given).</param>
/// <param name="Reason">Why, if the person said; optional, never personal data.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.WithdrawConsent")]
public sealed record WithdrawConsent(string IdempotencyKey, ActingParty Actor, ConsentKind Kind, DateOnly WithdrawnOn, string? Reason = null) : ICommand;
