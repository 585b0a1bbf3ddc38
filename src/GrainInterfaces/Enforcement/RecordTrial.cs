using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>The Court (TA) tries a case due for trial at first instance: the first trial or a retrial.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="TriedOn">Date of the judgment.</param>
/// <param name="Verdict">Convicted or acquitted.</param>
/// <param name="PeopleConvicted">Defendants convicted: 1 to the suspects prosecuted when convicted, 0 when acquitted.</param>
/// <param name="Mobile">True for a mobile trial (xét xử lưu động).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.RecordTrial")]
public sealed record RecordTrial(
    string IdempotencyKey, ActingParty Actor, DateOnly TriedOn, Verdict Verdict, int PeopleConvicted, bool Mobile = false) : ICommand;
