using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>Concludes the verification of a tip classified as showing signs of crime; by CA or BDBP.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="ConcludedOn">Date concluded (not before classification).</param>
/// <param name="Conclusion">Case opened or dismissed.</param>
/// <param name="CaseId">The case opened, when there is one.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.ConcludeVerification")]
public sealed record ConcludeVerification(
    string IdempotencyKey, ActingParty Actor, DateOnly ConcludedOn, VerificationConclusion Conclusion, string? CaseId = null) : ICommand;
