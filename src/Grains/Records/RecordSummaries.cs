using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.Grains.Enforcement;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Grains.Victims;

namespace AntiTrafficking.Grains.Records;

/// <summary>The line of the record index of a tip, case or person, from its grain state (by its grain, and by the fill of records stored before the index).</summary>
public static class RecordSummaries
{
    public static RecordSummary Tip(string id, TipState state, ReferenceData reference, string provinceCode) =>
        new(RecordKind.Tip, id,
            state.Conclusion is { } conclusion ? EnumText.Camel(conclusion)
                : state.Classification is { } classification ? EnumText.Camel(classification)
                : "received",
            DistrictOf(reference, provinceCode, state.UnitCode), state.UnitCode, state.ReceivingAgency,
            state.ReceivedOn, Latest(state), null, state.Version);

    public static RecordSummary Case(string id, CaseState state, ReferenceData reference, string provinceCode) =>
        new(RecordKind.Case, id, EnumText.Camel(state.Status),
            DistrictOf(reference, provinceCode, state.UnitCode), state.UnitCode, state.History.FirstOrDefault()?.AgencyCode,
            state.OpenedOn, Latest(state), EnumText.Camel(state.Form), state.Version);

    public static RecordSummary Person(string id, PersonState state, ReferenceData reference, string provinceCode) =>
        new(RecordKind.Person, id, EnumText.Camel(state.Status),
            DistrictOf(reference, provinceCode, state.HomeUnitCode), state.HomeUnitCode, state.ReceivingAgency,
            state.ReceivedOn, state.History.Count > 0 ? state.History.Max(h => h.Date) : state.ReceivedOn, null, state.Version);

    private static DateOnly Latest(LeafState state) => state.History.Count > 0 ? state.History.Max(h => h.Date) : default;

    private static string? DistrictOf(ReferenceData reference, string provinceCode, string? unitCode) =>
        Places.Resolve(reference, provinceCode, unitCode)?.DistrictCode;
}
