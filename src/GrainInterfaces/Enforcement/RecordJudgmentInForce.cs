using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>The Court (TA) records that a first-instance judgment not appealed came into force.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="InForceOn">Date it came into force (the judgment counts in IND-11 in this date's period).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.RecordJudgmentInForce")]
public sealed record RecordJudgmentInForce(string IdempotencyKey, ActingParty Actor, DateOnly InForceOn) : ICommand;
