using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.Grains.Audit;
using AntiTrafficking.Grains.Commands;
using AntiTrafficking.Grains.Records;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Indicators;
using Microsoft.Extensions.Logging;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>
/// A criminal case through investigation, prosecution, trial, appeal and cassation (see <see cref="CaseTransitions"/>),
/// each step by its own agency: Police or Border Guard investigate, the Procuracy prosecutes, the Court judges.
/// How it counts is in <see cref="CaseMeasures"/>.
/// </summary>
internal sealed class CaseGrain(
    [PersistentState("case", StorageNames.Main)] IPersistentState<CaseState> state,
    ReferenceData reference,
    CalendarClock calendar,
    ILogger<CaseGrain> logger)
    : LeafGrain<CaseState>(state, reference, calendar, logger), ICaseGrain
{
    protected override string LeafKind => "case";

    public Task<CommandResult> OpenAsync(OpenCase command) =>
        ExecuteAsync(
            command,
            rules => (Created ? Refusals.Duplicate("caseId", Id) : null)
                ?? CheckPlace(command.UnitCode)
                ?? rules.CheckDate("openedOn", command.OpenedOn)
                ?? CountBounds.Check("suspects", command.Suspects, CountBounds.PerCase, positive: true)
                ?? (command.TipId is null ? null : Identifiers.CheckId("tipId", command.TipId)),
            () =>
            {
                State.UnitCode = command.UnitCode;
                State.Status = CaseStatus.Investigating;
                State.OpenedOn = command.OpenedOn;
                State.TipId = command.TipId;
                State.Suspects = command.Suspects;
                State.Form = command.Form;
                State.Abroad = command.Abroad;
                Record(command, "opened", command.OpenedOn, EnumText.Camel(command.Form));
            });

    public Task<CommandResult> RecordInvestigationAsync(RecordInvestigation command) =>
        ExecuteAsync(
            command,
            rules => CaseTransitions.Expect(State, CaseStatus.Investigating, "ghi nhận kết quả điều tra", "record investigation results")
                ?? rules.CheckDate("recordedOn", command.RecordedOn)
                ?? (command.RecordedOn < State.OpenedOn ? EnforcementRefusals.BeforePreviousStep("recordedOn", command.RecordedOn, State.OpenedOn) : null)
                ?? CountBounds.Check("suspectsArrested", command.SuspectsArrested, CountBounds.PerCase)
                ?? CountBounds.Check("victimsRescued", command.VictimsRescued, CountBounds.PerCase),
            () =>
            {
                State.Investigations.Add(new CaseInvestigation(command.RecordedOn, command.SuspectsArrested, command.VictimsRescued, command.SpecialProject));
                Record(command, "investigation", command.RecordedOn, command.SpecialProject ? "specialProject" : null);
            });

    public Task<CommandResult> ProsecuteAsync(ProsecuteCase command) =>
        ExecuteAsync(
            command,
            rules => CaseTransitions.Expect(State, CaseStatus.Investigating, "truy tố", "send the case to court")
                ?? rules.CheckDate("sentToCourtOn", command.SentToCourtOn)
                ?? CheckAfterLatest("sentToCourtOn", command.SentToCourtOn)
                ?? CountBounds.Check("suspectsProsecuted", command.SuspectsProsecuted, CountBounds.PerCase, positive: true),
            () =>
            {
                State.Status = CaseStatus.AwaitingTrial;
                State.SentToCourtOn = command.SentToCourtOn;
                State.SuspectsProsecuted = command.SuspectsProsecuted;
                Record(command, "prosecuted", command.SentToCourtOn);
            });

    public Task<CommandResult> RecordTrialAsync(RecordTrial command) =>
        ExecuteAsync(
            command,
            rules => CaseTransitions.Expect(State, CaseStatus.AwaitingTrial, "xét xử sơ thẩm", "try the case")
                ?? rules.CheckDate("triedOn", command.TriedOn)
                ?? CheckAfterLatest("triedOn", command.TriedOn)
                ?? CountBounds.Check("peopleConvicted", command.PeopleConvicted, CountBounds.PerCase)
                ?? ((command.Verdict == Verdict.Convicted) != (command.PeopleConvicted > 0) ? EnforcementRefusals.VerdictMismatch() : null)
                ?? (command.PeopleConvicted > State.SuspectsProsecuted ? Refusals.Exceeds("peopleConvicted", "suspectsProsecuted") : null),
            () =>
            {
                State.Status = CaseStatus.Tried;
                State.Trials.Add(new CaseTrial(command.TriedOn, command.Verdict, command.PeopleConvicted, command.Mobile));
                Record(command, "tried", command.TriedOn, EnumText.Camel(command.Verdict));
            });

    public Task<CommandResult> RecordJudgmentInForceAsync(RecordJudgmentInForce command) =>
        ExecuteAsync(
            command,
            rules => CaseTransitions.Expect(State, CaseStatus.Tried, "ghi nhận bản án có hiệu lực", "record the judgment in force")
                ?? rules.CheckDate("inForceOn", command.InForceOn)
                ?? CheckAfterLatest("inForceOn", command.InForceOn),
            () =>
            {
                State.Status = CaseStatus.InForce;
                State.Judgments.Add(new CaseJudgment(command.InForceOn, OnAppeal: false));
                Record(command, "judgmentInForce", command.InForceOn);
            });

    public Task<CommandResult> RecordAppealJudgmentAsync(RecordAppealJudgment command) =>
        ExecuteAsync(
            command,
            rules => CaseTransitions.Expect(State, CaseStatus.Tried, "xét xử phúc thẩm", "decide an appeal")
                ?? rules.CheckDate("decidedOn", command.DecidedOn)
                ?? CheckAfterLatest("decidedOn", command.DecidedOn),
            () =>
            {
                if (command.Outcome == AppealOutcome.SetAside)
                {
                    State.Status = CaseStatus.AwaitingTrial;
                    State.DueAgainOn.Add(command.DecidedOn);
                }
                else
                {
                    State.Status = CaseStatus.InForce;
                    State.Judgments.Add(new CaseJudgment(command.DecidedOn, OnAppeal: true));
                }

                Record(command, "appealJudgment", command.DecidedOn, EnumText.Camel(command.Outcome));
            });

    public Task<CommandResult> OverturnJudgmentAsync(OverturnJudgment command) =>
        ExecuteAsync(
            command,
            rules => CaseTransitions.Expect(State, CaseStatus.InForce, "hủy bản án", "overturn the judgment")
                ?? rules.CheckDate("overturnedOn", command.OverturnedOn)
                ?? CheckAfterLatest("overturnedOn", command.OverturnedOn),
            () =>
            {
                State.Judgments[^1] = State.Judgments[^1] with { OverturnedOn = command.OverturnedOn, Wrongful = command.Wrongful };
                State.Status = command.RetrialOrdered ? CaseStatus.AwaitingTrial : CaseStatus.Closed;
                if (command.RetrialOrdered)
                {
                    State.DueAgainOn.Add(command.OverturnedOn);
                }

                Record(command, "overturned", command.OverturnedOn, (command.Wrongful ? "wrongful" : "notWrongful") + (command.RetrialOrdered ? ",retrial" : ""));
            });

    public Task<CommandResult> CorrectAsync(CorrectCase command) =>
        ExecuteAsync(
            command,
            rules => CaseTransitions.Exists(State)
                ?? Corrections.CheckShape(command.Reason, command.OpenedOn, command.UnitCode, command.Suspects, command.Form, command.Abroad)
                ?? Corrections.Unchanged(ChangeIn(command))
                ?? command switch
                {
                    { OpenedOn: { } openedOn } => rules.CheckDate("openedOn", openedOn)
                        ?? Corrections.NotAfterNextStep("openedOn", openedOn, LaterStepDates().DefaultIfEmpty(DateOnly.MaxValue).Min()),
                    { UnitCode: { } unitCode } => CheckPlace(unitCode),
                    { Suspects: { } suspects } => CountBounds.Check("suspects", suspects, CountBounds.PerCase, positive: true),
                    { Form: { } form } => Victims.ReceptionRules.Defined("form", form),
                    _ => null,
                },
            () =>
            {
                var change = ChangeIn(command);
                switch (command)
                {
                    case { OpenedOn: { } openedOn }:
                        State.OpenedOn = openedOn;
                        break;
                    case { UnitCode: { } unitCode }:
                        MoveTo(unitCode);
                        break;
                    case { Suspects: { } suspects }:
                        State.Suspects = suspects;
                        break;
                    case { Form: { } form }:
                        State.Form = form;
                        break;
                    default:
                        State.Abroad = command.Abroad!.Value;
                        break;
                }

                RecordCorrection(command, change, command.Reason);
            });

    public Task<CaseView?> GetAsync() =>
        Task.FromResult(Created
            ? new CaseView(
                Id, State.UnitCode!, State.Status, State.OpenedOn, State.TipId, State.Form, State.Abroad, State.Suspects,
                [.. State.Investigations], State.SentToCourtOn, State.SuspectsProsecuted, [.. State.Trials], [.. State.Judgments],
                [.. State.History], State.Version)
            : null);

    protected override RecordSummary? Summary(ReferenceData reference, string provinceCode) =>
        RecordSummaries.Case(Id, State, reference, provinceCode);

    protected override MeasureSet Measures() => CaseMeasures.From(State);

    protected override DateOnly CreatedOn => State.OpenedOn;

    protected override FieldChange? ChangeOf(ICommand command) => command is CorrectCase correction ? ChangeIn(correction) : null;

    /// <summary>The value a correction changes, before and after (only called once its shape is checked).</summary>
    private FieldChange ChangeIn(CorrectCase command) => command switch
    {
        { OpenedOn: { } openedOn } => new("openedOn", Corrections.Date(State.OpenedOn), Corrections.Date(openedOn)),
        { UnitCode: { } unitCode } => new("unitCode", State.UnitCode!, unitCode),
        { Suspects: { } suspects } => new("suspects", Corrections.Value(State.Suspects), Corrections.Value(suspects)),
        { Form: { } form } => new("form", EnumText.Camel(State.Form), EnumText.Camel(form)),
        _ => new("abroad", Corrections.Value(State.Abroad), Corrections.Value(command.Abroad!.Value)),
    };
}
