using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>Classifies a received tip, once; by the Police (CA) or the Border Guard (BDBP).</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="ClassifiedOn">Date classified (not before receipt).</param>
/// <param name="Classification">Signs of crime, no signs, or transferred elsewhere.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.ClassifyTip")]
public sealed record ClassifyTip(string IdempotencyKey, ActingParty Actor, DateOnly ClassifiedOn, TipClassification Classification) : ICommand;
