using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Communication;

/// <summary>Declares a guidance document (văn bản hướng dẫn) that the province must issue.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="GuidanceCode">Short code of the required document.</param>
/// <param name="Title">What the document must guide, in Vietnamese.</param>
/// <param name="ResponsibleAgency">Code of the agency that must issue it.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.RequireGuidance")]
public sealed record RequireGuidance(string IdempotencyKey, ActingParty Actor, string GuidanceCode, string Title, string ResponsibleAgency) : ICommand;
