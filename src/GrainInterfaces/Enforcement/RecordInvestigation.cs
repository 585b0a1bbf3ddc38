using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>Records investigation results of a case not yet sent to court; by CA or BDBP.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="RecordedOn">Date of the arrests or rescues (not before the case was opened).</param>
/// <param name="SuspectsArrested">Suspects arrested (0 or more).</param>
/// <param name="VictimsRescued">Victims rescued (0 or more).</param>
/// <param name="SpecialProject">True when the case is worked as a special project (chuyên án); counted once per case.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.RecordInvestigation")]
public sealed record RecordInvestigation(
    string IdempotencyKey, ActingParty Actor, DateOnly RecordedOn, int SuspectsArrested, int VictimsRescued, bool SpecialProject) : ICommand;
