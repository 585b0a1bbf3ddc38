using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Grains.Aggregation;
using AntiTrafficking.Grains.Catalog;
using AntiTrafficking.Grains.Commands;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Indicators;
using Microsoft.Extensions.Logging;

namespace AntiTrafficking.Grains.Units;

/// <summary>
/// A commune: keeps its own inputs and, after each accepted command, hands its district a fresh snapshot
/// before acknowledging, so an acknowledged command is always in the district's totals.
/// </summary>
internal sealed class CommuneGrain(
    [PersistentState("commune", StorageNames.Main)] IPersistentState<CommuneState> state,
    ReferenceData reference,
    CalendarClock calendar,
    ScorecardFactory scorecards,
    ILogger<CommuneGrain> logger)
    : CommandGrain<CommuneState>(state, logger), ICommuneGrain, ICommuneAggregate, ICommuneLeafSink
{
    private CommuneInfo? _info;
    private ProvinceInfo? _province;
    private UnitSnapshot? _published;
    private ChildSnapshots? _leaves;
    private IDistrictAggregate? _district;
    private readonly ComputedViews<ScorecardView> _scorecards = new();

    protected override string? ProvinceCode => _province?.Code;

    protected override CommandRules? Rules => _province is { } p ? new CommandRules(reference, calendar, p.Code) : null;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (reference.Communes.TryGetValue(this.GetPrimaryKeyString(), out var info))
        {
            _info = info;
            _province = reference.ProvinceOfDistrict(info.DistrictCode);
            State.FoldListsWrittenBeforeTheJournal();
            _published = Snapshot();
        }

        return Task.CompletedTask;
    }

    /// <summary>The latest snapshot of each leaf, over the state's dictionary (made again when the state is read again).</summary>
    private ChildSnapshots Leaves => _leaves ??= new ChildSnapshots(State.Leaves);

    protected override void OnStateReloaded()
    {
        _leaves = null;
        State.FoldListsWrittenBeforeTheJournal();
        _published = _info is null ? null : Snapshot();
    }

    /// <summary>A commune's data is entered by the officers of its district.</summary>
    protected override PermissionTarget TargetOf(ICommand command) => PermissionTarget.District(_info!.DistrictCode);

    public Task<CommandResult> RegisterPropagandistAsync(RegisterPerson command) =>
        ExecuteAsync(command, rules => State.Propagandists.CheckRegister(command, rules));

    public Task<CommandResult> DeactivatePropagandistAsync(DeactivatePerson command) =>
        ExecuteAsync(command, rules => State.Propagandists.CheckDeactivate(command, rules));

    public Task<CommandResult> RecordOfficialsAsync(RecordOfficials command) =>
        ExecuteAsync(
            command,
            rules => rules.CheckDate("asOf", command.AsOf)
                ?? CountBounds.Check("total", command.Total, CountBounds.People)
                ?? CountBounds.Check("trained", command.Trained, CountBounds.People)
                ?? (command.Trained > command.Total ? Refusals.Exceeds("trained", "total") : null));

    public async Task<CommandResult> RecordDeliveryAsync(RecordDelivery command)
    {
        var document = _province is null || string.IsNullOrWhiteSpace(command.DocumentCode)
            ? null
            : await GrainFactory.GetGrain<ICatalogLookup>(_province.Program.Code).FindLegalDocumentAsync(command.DocumentCode);
        return await ExecuteAsync(
            command,
            rules => CommandRules.CheckId("documentCode", command.DocumentCode)
                ?? (document is null ? Refusals.UnknownDocument(command.DocumentCode) : null)
                ?? CommandRules.CheckText("materialKind", command.MaterialKind)
                ?? (MaterialKinds.All.Contains(command.MaterialKind) ? null : Refusals.UnknownMaterialKind(command.MaterialKind, MaterialKinds.All))
                ?? CountBounds.Check("quantity", command.Quantity, CountBounds.Copies, positive: true)
                ?? rules.CheckDate("deliveredOn", command.DeliveredOn)
                ?? (command.DeliveredOn < document!.IssuedOn ? Refusals.BeforeIssue("deliveredOn", command.DeliveredOn, document.IssuedOn) : null));
    }

    public Task<CommandResult> RecordSurveyAsync(RecordSurvey command) =>
        ExecuteAsync(
            command,
            rules => CommandRules.CheckId("surveyId", command.SurveyId)
                ?? (State.SurveyIdsBeforeJournal.Contains(command.SurveyId) ? Refusals.Duplicate("surveyId", command.SurveyId) : null)
                ?? rules.CheckDate("conductedOn", command.ConductedOn)
                ?? CountBounds.Check("respondents", command.Respondents, CountBounds.People, positive: true)
                ?? CountBounds.Check("aware", command.Aware, CountBounds.People)
                ?? (command.Aware > command.Respondents ? Refusals.Exceeds("aware", "respondents") : null));

    /// <summary>A survey's id is the commune's for ever: claimed in the journal with the survey's row.</summary>
    protected override string? ClaimOf(ICommand command) => command is RecordSurvey survey ? $"survey:{survey.SurveyId}" : null;

    protected override CommandError ClaimTaken(ICommand command) => Refusals.Duplicate("surveyId", ((RecordSurvey)command).SurveyId);

    /// <summary>An accepted command or a leaf's snapshot, applied to the state (after its append, and on activation).</summary>
    protected override void Apply(object @event)
    {
        switch (@event)
        {
            case RegisterPerson register:
                State.Propagandists.Register(register);
                break;
            case DeactivatePerson deactivate:
                State.Propagandists.Deactivate(deactivate);
                break;
            case RecordOfficials officials:
                State.Officials.RemoveAll(o => o.AsOf == officials.AsOf);
                State.Officials.Add(new OfficialsCount(officials.AsOf, officials.Total, officials.Trained));
                break;
            case RecordDelivery delivery:
                State.AddDelivery(delivery.DocumentCode, delivery.MaterialKind, delivery.Quantity, delivery.DeliveredOn);
                break;
            case RecordSurvey survey:
                State.AddSurvey(survey.ConductedOn, survey.Respondents, survey.Aware);
                break;
            case UnitSnapshot leaf:
                Leaves.Offer(leaf);
                break;
            default:
                base.Apply(@event);
                break;
        }
    }

    public Task<UnitSummary> GetSummaryAsync()
    {
        var info = Known();
        return Task.FromResult(new UnitSummary(UnitLevel.Commune, info.Code, info.NameVi, info.UnitType, info.DistrictCode));
    }

    public async Task<ScorecardView> GetScorecardAsync(string period)
    {
        var info = Known();
        var published = _published!;
        return await scorecards.CreateAsync(
            _scorecards, _province!.Program, UnitLevel.Commune, info.Code, info.NameVi, info.UnitType, published.ToMeasureSet, period, published.Version);
    }

    public Task<UnitSnapshot> GetSnapshotAsync()
    {
        Known();
        return Task.FromResult(_published!);
    }

    public async Task ReportLeafAsync(UnitSnapshot leaf)
    {
        Known();
        if (Leaves.IsNewer(leaf))
        {
            await RecordEventAsync(leaf);
        }

        await OnCommittedAsync();
    }

    protected override async Task OnCommittedAsync()
    {
        _published = Snapshot();
        // The reference is kept: GetGrain resolves the interface's type by reflection at every call (6 % of the silo's
        // CPU at 64 callers when made per command).
        _district ??= GrainFactory.GetGrain<IDistrictAggregate>(_info!.DistrictCode);
        await _district.ReportCommuneAsync(_published);
    }

    private UnitSnapshot Snapshot() =>
        UnitSnapshot.From(this.GetPrimaryKeyString(), State.Version + Leaves.Version, CommuneMeasures.From(State).Add(Leaves.Sum()));

    private CommuneInfo Known() => _info ?? throw new UnknownUnitException(this.GetPrimaryKeyString());
}
