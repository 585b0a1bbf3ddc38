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
/// A tip: received → classified (once) → verification concluded (only with signs of crime). It counts in the period
/// of its receipt date with its status as of now (IND-08, IND-09), so a tip classified a year later raises the
/// year it was received.
/// </summary>
internal sealed class TipGrain(
    [PersistentState("tip", StorageNames.Main)] IPersistentState<TipState> state,
    ReferenceData reference,
    CalendarClock calendar,
    ILogger<TipGrain> logger)
    : LeafGrain<TipState>(state, reference, calendar, logger), ITipGrain
{
    protected override string LeafKind => "tip";

    /// <summary>A tip is received for a place: its district's officers may receive it. Its corrections are the investigators' (no district).</summary>
    protected override PermissionTarget TargetOf(ICommand command) =>
        command is ReceiveTip receive ? PlaceTarget(receive.UnitCode) : PermissionTarget.None;

    public Task<CommandResult> ReceiveAsync(ReceiveTip command) =>
        ExecuteAsync(
            command,
            rules => (Created ? Refusals.Duplicate("tipId", Id) : null)
                ?? CheckPlace(command.UnitCode)
                ?? rules.CheckDate("receivedOn", command.ReceivedOn),
            () =>
            {
                State.UnitCode = command.UnitCode;
                State.ReceivedOn = command.ReceivedOn;
                State.Source = command.Source;
                State.SourceName = command.SourceName;
                State.ReceivingAgency = command.Actor.AgencyCode;
                Record(command, "received", command.ReceivedOn, EnumText.Camel(command.Source));
            });

    public Task<CommandResult> ClassifyAsync(ClassifyTip command) =>
        ExecuteAsync(
            command,
            rules => Existing()
                ?? (State.Classification is { } current ? EnforcementRefusals.AlreadyClassified(EnumText.Camel(current)) : null)
                ?? rules.CheckDate("classifiedOn", command.ClassifiedOn)
                ?? CheckAfterLatest("classifiedOn", command.ClassifiedOn),
            () =>
            {
                State.Classification = command.Classification;
                State.ClassifiedOn = command.ClassifiedOn;
                Record(command, "classified", command.ClassifiedOn, EnumText.Camel(command.Classification));
            });

    public Task<CommandResult> ConcludeVerificationAsync(ConcludeVerification command) =>
        ExecuteAsync(
            command,
            rules => Existing()
                ?? VerifiableNow()
                ?? rules.CheckDate("concludedOn", command.ConcludedOn)
                ?? CheckAfterLatest("concludedOn", command.ConcludedOn),
            () =>
            {
                State.Conclusion = command.Conclusion;
                State.CaseId = command.CaseId;
                Record(command, "verificationConcluded", command.ConcludedOn, EnumText.Camel(command.Conclusion));
            });

    public Task<CommandResult> ReferAsync(ReferTip command) =>
        ExecuteAsync(
            command,
            rules => Existing()
                ?? OpenNow("chuyển tin báo", "refer the tip")
                ?? ReferralRules.Refer(State.Referrals, Holders(), command.Actor, command.ToAgency, command.Reason, Reference, ProvinceCode!)
                ?? rules.CheckDate("referredOn", command.ReferredOn)
                ?? (command.ReferredOn < State.ReceivedOn ? EnforcementRefusals.BeforePreviousStep("referredOn", command.ReferredOn, State.ReceivedOn) : null),
            () => ReferralCommands.Refer(
                State.Referrals, command.Actor, command.ToAgency, command.Reason, command.ReferredOn, (step, on, detail) => Record(command, step, on, detail)));

    public Task<CommandResult> AcceptReferralAsync(AcceptTipReferral command) =>
        AnswerAsync(command, "acceptedOn", command.AcceptedOn, ReferralStatus.Accepted, null);

    public Task<CommandResult> DeclineReferralAsync(DeclineTipReferral command) =>
        AnswerAsync(command, "declinedOn", command.DeclinedOn, ReferralStatus.Declined, command.Reason);

    public Task<CommandResult> CorrectAsync(CorrectTip command) =>
        ExecuteAsync(
            command,
            rules => Existing()
                ?? Corrections.CheckShape(command.Reason, command.ReceivedOn, command.UnitCode, command.Source)
                ?? Corrections.Unchanged(ChangeIn(command))
                ?? command switch
                {
                    { ReceivedOn: { } receivedOn } => rules.CheckDate("receivedOn", receivedOn)
                        ?? Corrections.NotAfterNextStep("receivedOn", receivedOn, LaterStepDates().DefaultIfEmpty(DateOnly.MaxValue).Min()),
                    { UnitCode: { } unitCode } => CheckPlace(unitCode),
                    _ => Victims.ReceptionRules.Defined("source", command.Source!.Value),
                },
            () =>
            {
                var change = ChangeIn(command);
                switch (command)
                {
                    case { ReceivedOn: { } receivedOn }:
                        State.ReceivedOn = receivedOn;
                        break;
                    case { UnitCode: { } unitCode }:
                        MoveTo(unitCode);
                        break;
                    default:
                        State.Source = command.Source!.Value;
                        break;
                }

                RecordCorrection(command, change, command.Reason);
            });

    public Task<TipView?> GetAsync() =>
        Task.FromResult(Created
            ? new TipView(
                Id, State.UnitCode!, State.ReceivedOn, State.Source, State.SourceName, State.ReceivingAgency,
                State.Classification, State.Conclusion, State.CaseId, [.. State.History], State.Version, [.. State.Referrals])
            : null);

    protected override RecordSummary? Summary(ReferenceData reference, string provinceCode) =>
        RecordSummaries.Tip(Id, State, reference, provinceCode);

    protected override MeasureSet Measures() =>
        MeasureSet.Empty
            .PlusOne(Indicators.Measures.TipsReceived, State.ReceivedOn)
            .PlusOne(Indicators.Measures.TipsClassified, State.ReceivedOn, State.Classification is not null)
            .PlusOne(Indicators.Measures.TipsWithSigns, State.ReceivedOn, State.Classification == TipClassification.SignsOfCrime)
            .PlusOne(Indicators.Measures.TipsWithSignsVerified, State.ReceivedOn, State.Conclusion is not null);

    private Task<CommandResult> AnswerAsync(ICommand command, string dateField, DateOnly on, ReferralStatus answer, string? reason)
    {
        var (validate, apply) = ReferralCommands.Answer(
            () => State.Referrals, command.Actor, () => Existing() ?? OpenNow("trả lời việc chuyển tin báo", "answer the referral"),
            dateField, on, answer, reason, (step, date, detail) => Record(command, step, date, detail));
        return ExecuteAsync(command, validate, apply);
    }

    /// <summary>The agencies that have the tip: the receiving agency (none for a district officer) and those that accepted a referral.</summary>
    private IReadOnlyCollection<string> Holders() =>
        [.. new[] { State.ReceivingAgency }.OfType<string>().Concat(ReferralRules.Accepted(State.Referrals)).Distinct()];

    /// <summary>A tip is open while a step is still due on it (received, or with signs of crime and not concluded).</summary>
    private CommandError? OpenNow(string stepVi, string stepEn) =>
        RecordStatuses.NextAgencies(RecordKind.Tip, RecordStatuses.OfTip(State.Classification, State.Conclusion)).Count > 0
            ? null
            : EnforcementRefusals.InvalidTransition(stepVi, stepEn, "tin báo đã xử lý xong", "the tip is settled");
    protected override DateOnly CreatedOn => State.ReceivedOn;

    protected override FieldChange? ChangeOf(ICommand command) => command is CorrectTip correction ? ChangeIn(correction) : null;

    /// <summary>The value a correction changes, before and after (only called once its shape is checked).</summary>
    private FieldChange ChangeIn(CorrectTip command) => command switch
    {
        { ReceivedOn: { } receivedOn } => new("receivedOn", Corrections.Date(State.ReceivedOn), Corrections.Date(receivedOn)),
        { UnitCode: { } unitCode } => new("unitCode", State.UnitCode!, unitCode),
        _ => new("source", EnumText.Camel(State.Source), EnumText.Camel(command.Source!.Value)),
    };

    private CommandError? Existing() => Created ? null : EnforcementRefusals.NotRecorded("tipId", "tin báo", "tip");

    private CommandError? VerifiableNow()
    {
        const string vi = "kết luận xác minh", en = "conclude the verification";
        return State.Classification switch
        {
            null => EnforcementRefusals.InvalidTransition(vi, en, "tin báo chưa được phân loại", "the tip is not classified"),
            not TipClassification.SignsOfCrime => EnforcementRefusals.InvalidTransition(
                vi, en, "tin báo không được phân loại là có dấu hiệu tội phạm", "the tip was not classified as showing signs of crime"),
            _ when State.Conclusion is not null => EnforcementRefusals.InvalidTransition(
                vi, en, "việc xác minh đã có kết luận", "the verification is already concluded"),
            _ => null,
        };
    }
}
