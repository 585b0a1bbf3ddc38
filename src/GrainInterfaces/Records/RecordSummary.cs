namespace AntiTrafficking.GrainInterfaces.Records;

/// <summary>
/// One line of a list of records: what an officer needs to find a record and see where it stands, never personal
/// data. Kept current by the record's own grain after every accepted command.
/// </summary>
/// <param name="Kind">Tip, case or person.</param>
/// <param name="Id">The record's id (its grain key without the province).</param>
/// <param name="Status">Where it stands, in camelCase: a tip "received", "signsOfCrime", "noSignsOfCrime",
/// "transferred", "caseOpened" or "dismissed"; a case its <c>CaseStatus</c>; a person its <c>PersonStatus</c>.</param>
/// <param name="DistrictCode">The district where it arose (a person: of their home), or null at province level.</param>
/// <param name="UnitCode">The unit where it arose (a person: their home commune or district).</param>
/// <param name="AgencyCode">The agency that received or opened it, or null for a district or commune officer.</param>
/// <param name="DatedOn">The date it was received (tip, person) or opened (case).</param>
/// <param name="LatestStepOn">The date of its latest step.</param>
/// <param name="Form">A case's form of trafficking, in camelCase; null otherwise.</param>
/// <param name="Version">The record's version when this line was written.</param>
/// <param name="DueOn">The last day for its next step (the program file's <c>deadlines</c>), or null when no step is due.</param>
/// <param name="Access">A person: the agencies that have the record (receiving, accepted referrals, assigned officers'),
/// whose case workers list it; null for tips and cases, which every signed-in role lists.</param>
/// <param name="Referrals">Its referrals to other agencies with their answers; null or empty when none.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Records.RecordSummary")]
public sealed record RecordSummary(
    RecordKind Kind,
    string Id,
    string Status,
    string? DistrictCode,
    string? UnitCode,
    string? AgencyCode,
    DateOnly DatedOn,
    DateOnly LatestStepOn,
    string? Form,
    long Version,
    DateOnly? DueOn = null,
    IReadOnlyList<string>? Access = null,
    IReadOnlyList<Referral>? Referrals = null);
