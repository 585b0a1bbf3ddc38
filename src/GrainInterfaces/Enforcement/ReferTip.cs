using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>
/// Refers an open tip (received, or with signs of crime and not concluded) to another agency of the province, by an
/// agency officer of an agency that has it: the receiving agency or one that accepted a referral.
/// </summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="ToAgency">The agency referred to.</param>
/// <param name="Reason">Why, in a few words.</param>
/// <param name="ReferredOn">Date referred (not before reception, not in the future).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.ReferTip")]
public sealed record ReferTip(string IdempotencyKey, ActingParty Actor, string ToAgency, string Reason, DateOnly ReferredOn) : ICommand;

/// <summary>Accepts the pending referral of the tip to the actor's agency.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>: an agency officer of the agency referred to.</param>
/// <param name="AcceptedOn">Date accepted (not before the referral, not in the future).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.AcceptTipReferral")]
public sealed record AcceptTipReferral(string IdempotencyKey, ActingParty Actor, DateOnly AcceptedOn) : ICommand;

/// <summary>Declines the pending referral of the tip to the actor's agency, with why.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>: an agency officer of the agency referred to.</param>
/// <param name="Reason">Why, in a few words.</param>
/// <param name="DeclinedOn">Date declined (not before the referral, not in the future).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.DeclineTipReferral")]
public sealed record DeclineTipReferral(string IdempotencyKey, ActingParty Actor, string Reason, DateOnly DeclinedOn) : ICommand;
