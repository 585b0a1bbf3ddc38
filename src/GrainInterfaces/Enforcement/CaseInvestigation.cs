namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>Results of investigation recorded on a date.</summary>
/// <param name="RecordedOn">Date of the arrests or rescues.</param>
/// <param name="SuspectsArrested">Suspects arrested (0 or more).</param>
/// <param name="VictimsRescued">Victims rescued (0 or more).</param>
/// <param name="SpecialProject">True when the case is worked as a special project (chuyên án).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.CaseInvestigation")]
public sealed record CaseInvestigation(DateOnly RecordedOn, int SuspectsArrested, int VictimsRescued, bool SpecialProject);
