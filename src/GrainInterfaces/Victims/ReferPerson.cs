using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>
/// Refers the person to another case-working agency (LDTBXH, CA, BDBP, YT or HLHPN), by an agency that has the
/// person's record: the receiving agency, an agency that accepted a referral, or the agency of an assigned officer.
/// The agency referred to sees the record (without personal data) until it answers, and reads the personal data once
/// it has accepted (<see cref="AcceptPersonReferral"/>).
/// </summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>: an officer or case worker of an agency that has the record.</param>
/// <param name="ToAgency">The agency referred to.</param>
/// <param name="Reason">Why, in a few words (never personal data).</param>
/// <param name="ReferredOn">Date referred (not before reception, not in the future).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.ReferPerson")]
public sealed record ReferPerson(string IdempotencyKey, ActingParty Actor, string ToAgency, string Reason, DateOnly ReferredOn) : ICommand;

/// <summary>Accepts the pending referral of the person to the actor's agency: from then on the agency has the record.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>: an officer or case worker of the agency referred to.</param>
/// <param name="AcceptedOn">Date accepted (not before the referral, not in the future).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.AcceptPersonReferral")]
public sealed record AcceptPersonReferral(string IdempotencyKey, ActingParty Actor, DateOnly AcceptedOn) : ICommand;

/// <summary>Declines the pending referral of the person to the actor's agency, with why.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>: an officer or case worker of the agency referred to.</param>
/// <param name="Reason">Why, in a few words (never personal data).</param>
/// <param name="DeclinedOn">Date declined (not before the referral, not in the future).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.DeclinePersonReferral")]
public sealed record DeclinePersonReferral(string IdempotencyKey, ActingParty Actor, string Reason, DateOnly DeclinedOn) : ICommand;
