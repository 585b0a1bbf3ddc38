using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>Records a professional measure (biện pháp nghiệp vụ) applied in a designated key area; by CA or BDBP.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="AppliedOn">Date applied (not before designation).</param>
/// <param name="Description">What was done, e.g. "tuần tra, kiểm soát".</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.RecordKeyAreaMeasure")]
public sealed record RecordKeyAreaMeasure(string IdempotencyKey, ActingParty Actor, DateOnly AppliedOn, string Description) : ICommand;
