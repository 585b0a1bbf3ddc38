using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>
/// The Court (TA) overturns the judgment in force on cassation or reopening (giám đốc thẩm, tái thẩm). With a retrial
/// the case is due for a new first-instance trial from <paramref name="OverturnedOn"/>; without one it is closed.
/// </summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="OverturnedOn">Date of the cassation or reopening decision.</param>
/// <param name="Wrongful">True when the judgment convicted wrongly (oan sai): it no longer counts as sound in IND-11.</param>
/// <param name="RetrialOrdered">True when the case is sent back for a new first-instance trial.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.OverturnJudgment")]
public sealed record OverturnJudgment(string IdempotencyKey, ActingParty Actor, DateOnly OverturnedOn, bool Wrongful, bool RetrialOrdered) : ICommand;
