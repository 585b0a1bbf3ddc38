using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Communication;

/// <summary>Adds a legal document (văn bản quy phạm pháp luật) to the program's catalog of documents to convey to communes.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="DocumentCode">Document number, e.g. "66/2011/QH12".</param>
/// <param name="Title">Title in Vietnamese.</param>
/// <param name="IssuedOn">Date the document was issued.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.RegisterLegalDocument")]
public sealed record RegisterLegalDocument(string IdempotencyKey, ActingParty Actor, string DocumentCode, string Title, DateOnly IssuedOn) : ICommand;
