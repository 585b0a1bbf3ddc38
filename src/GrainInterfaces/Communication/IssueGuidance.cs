using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Communication;

/// <summary>Records that a required guidance document was issued.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="GuidanceCode">Code given when the document was required.</param>
/// <param name="DocumentNumber">Number of the issued document, e.g. "15/HD-UBND".</param>
/// <param name="IssuedOn">Date of issue.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.IssueGuidance")]
public sealed record IssueGuidance(string IdempotencyKey, ActingParty Actor, string GuidanceCode, string DocumentNumber, DateOnly IssuedOn) : ICommand;
