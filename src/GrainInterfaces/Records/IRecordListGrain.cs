namespace AntiTrafficking.GrainInterfaces.Records;

/// <summary>
/// The lists of a province's tips, cases and persons (key: the province code, e.g. "22"), each scoped to what the
/// reader may see: tips and cases to every signed-in role (a district officer: their own district's only), persons
/// to case workers (of their own agency's receptions only). Never personal data.
/// </summary>
[Alias("AntiTrafficking.IRecordListGrain")]
public interface IRecordListGrain : IGrainWithStringKey
{
    /// <summary>A page of the list, or its refusal in <see cref="RecordPage.Error"/>.</summary>
    [Alias("List")]
    Task<RecordPage> ListAsync(RecordQuery query, ActingParty reader);
}
