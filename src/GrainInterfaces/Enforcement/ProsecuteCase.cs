using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>The Procuracy (VKS) indicts and sends the case to court (truy tố); from this date the case is due for trial.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="SentToCourtOn">Date the case file was sent to court.</param>
/// <param name="SuspectsProsecuted">Suspects prosecuted, 1 or more.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.ProsecuteCase")]
public sealed record ProsecuteCase(string IdempotencyKey, ActingParty Actor, DateOnly SentToCourtOn, int SuspectsProsecuted) : ICommand;
