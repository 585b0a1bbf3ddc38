using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Grains.Commands;
using AntiTrafficking.Grains.Enforcement;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Grains.Victims;
using AntiTrafficking.Indicators;

namespace AntiTrafficking.Grains.Records;

/// <summary>The line of the record index of a tip, case or person, from its grain state (by its grain, and by the fill of records stored before the index).</summary>
public static class RecordSummaries
{
    /// <summary>A tip's line: its verification is due <see cref="StepDeadlines.TipVerificationDays"/> after its receipt until concluded.</summary>
    public static RecordSummary Tip(string id, TipState state, ReferenceData reference, string provinceCode)
    {
        var status = RecordStatuses.OfTip(state.Classification, state.Conclusion);
        DateOnly? due = status is "received" or "signsOfCrime" ? state.ReceivedOn.AddDays(Deadlines(reference, provinceCode).TipVerificationDays) : null;
        return new(RecordKind.Tip, id, status, DistrictOf(reference, provinceCode, state.UnitCode), state.UnitCode, state.ReceivingAgency,
            state.ReceivedOn, Latest(state, state.ReceivedOn), null, state.Version, due, Referrals: [.. state.Referrals]);
    }

    /// <summary>A case's line: due by its investigation, its trial, then its judgment in force, each from the step before.</summary>
    public static RecordSummary Case(string id, CaseState state, ReferenceData reference, string provinceCode)
    {
        var limits = Deadlines(reference, provinceCode);
        DateOnly? due = state.Status switch
        {
            CaseStatus.Investigating => state.OpenedOn.AddDays(limits.CaseInvestigationDays),
            // Sent to court, or due again after a judgment set aside or overturned with a retrial.
            CaseStatus.AwaitingTrial => (state.DueAgainOn.Count > 0 ? state.DueAgainOn.Max() : state.SentToCourtOn ?? state.OpenedOn).AddDays(limits.CaseTrialDays),
            CaseStatus.Tried => state.Trials.Max(t => t.TriedOn).AddDays(limits.JudgmentInForceDays),
            _ => null,
        };
        return new(RecordKind.Case, id, RecordStatuses.Name(state.Status),
            DistrictOf(reference, provinceCode, state.UnitCode), state.UnitCode, state.History.FirstOrDefault()?.AgencyCode,
            state.OpenedOn, Latest(state, state.OpenedOn), RecordStatuses.Name(state.Form), state.Version, due);
    }

    /// <summary>
    /// A person's line: the verification is due to start after the reception, and to conclude after it started; with the
    /// agencies that have the record, whose case workers list it.
    /// </summary>
    public static RecordSummary Person(string id, PersonState state, ReferenceData reference, string provinceCode)
    {
        var limits = Deadlines(reference, provinceCode);
        DateOnly? due = state.Status switch
        {
            PersonStatus.Received => state.ReceivedOn.AddDays(limits.PersonVerificationDays),
            PersonStatus.Verifying => (state.VerificationStartedOn ?? state.ReceivedOn).AddDays(limits.PersonIdentificationDays),
            _ => null,
        };
        // The latest step of the person's own record: reads of personal data and corrections are not steps of the case.
        return new(RecordKind.Person, id, RecordStatuses.Name(state.Status),
            DistrictOf(reference, provinceCode, state.HomeUnitCode), state.HomeUnitCode, state.ReceivingAgency,
            state.ReceivedOn, PersonChecks.LatestStep(state), null, state.Version, due,
            PersonChecks.Access(state), [.. state.Referrals]);
    }

    private static StepDeadlines Deadlines(ReferenceData reference, string provinceCode) =>
        reference.Provinces.TryGetValue(provinceCode, out var province) ? province.Program.Deadlines : StepDeadlines.Default;

    /// <summary>
    /// The date of the latest step, the first (receipt, opening) at <paramref name="createdOn"/> as it stands now: a
    /// correction is no step (it is dated the day it was made) and may have moved the first step's date.
    /// </summary>
    private static DateOnly Latest(LeafState state, DateOnly createdOn) =>
        state.History.Skip(1).Where(h => h.Step != Corrections.Step).Select(h => h.Date).Append(createdOn).Max();

    private static string? DistrictOf(ReferenceData reference, string provinceCode, string? unitCode) =>
        Places.Resolve(reference, provinceCode, unitCode)?.DistrictCode;
}
