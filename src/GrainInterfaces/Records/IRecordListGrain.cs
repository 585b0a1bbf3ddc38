namespace AntiTrafficking.GrainInterfaces.Records;

/// <summary>
/// The lists of a province's tips, cases and persons (key: the province code, e.g. "22"), each scoped to what the
/// reader may see: tips and cases to every signed-in role (a district officer: their own district's only), persons
/// to case workers (only those their agency has: received, accepted on referral, or with an officer assigned). Never personal data.
/// </summary>
[Alias("AntiTrafficking.IRecordListGrain")]
public interface IRecordListGrain : IGrainWithStringKey
{
    /// <summary>A page of the list, or its refusal in <see cref="RecordPage.Error"/>.</summary>
    [Alias("List")]
    Task<RecordPage> ListAsync(RecordQuery query, ActingParty reader);

    /// <summary>
    /// The reader's inbox: overdue and soon-due records in the reader's scope — a district officer's district, the
    /// steps an agency officer's agency takes, a case worker's agency's persons as well; every open record for the others;
    /// and, for agency officers and case workers, the tips (and, for case workers, persons) referred to or by their agency.
    /// </summary>
    [Alias("Inbox")]
    Task<RecordInbox> InboxAsync(ActingParty reader);

    /// <summary>How many open records of the province, or of <paramref name="districtCode"/>, are overdue (counts only).</summary>
    [Alias("Overdue")]
    Task<OverdueCounts> OverdueAsync(string? districtCode);
}
