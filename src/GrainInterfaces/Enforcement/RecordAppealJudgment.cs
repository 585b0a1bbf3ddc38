using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>
/// The Court (TA) records the appellate judgment (phúc thẩm) on a first-instance judgment under appeal. Upheld or
/// amended, it comes into force on <paramref name="DecidedOn"/>; set aside, the case is due for a new first-instance
/// trial from that date.
/// </summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="DecidedOn">Date of the appellate judgment.</param>
/// <param name="Outcome">Upheld, amended or set aside.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.RecordAppealJudgment")]
public sealed record RecordAppealJudgment(string IdempotencyKey, ActingParty Actor, DateOnly DecidedOn, AppealOutcome Outcome) : ICommand;
