using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Grains.Aggregation;
using AntiTrafficking.Grains.Commands;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Indicators;
using Microsoft.Extensions.Logging;

namespace AntiTrafficking.Grains.Units;

/// <summary>
/// A district: its own reporters plus the latest snapshot of each commune. Only its own inputs are stored; the
/// communes' part is rebuilt from the communes on activation, so it can never drift from them.
/// </summary>
internal sealed class DistrictGrain(
    [PersistentState("district", StorageNames.Main)] IPersistentState<DistrictState> state,
    ReferenceData reference,
    CalendarClock calendar,
    ScorecardFactory scorecards,
    ILogger<DistrictGrain> logger)
    : CommandGrain<DistrictState>(state, logger), IDistrictGrain, IDistrictAggregate, IDistrictLeafSink, IScorecardSource
{
    private readonly ScorecardPublisher _publisher = new(logger);
    private readonly ChildSnapshots _communes = new();
    private readonly ComputedViews<ScorecardView> _scorecards = new();
    private readonly ComputedViews<ImmutableArray<ScorecardView>> _communeScorecards = new();
    private ChildSnapshots? _leaves;
    private DistrictInfo? _info;
    private ProvinceInfo? _province;
    private UpwardPush? _push;
    private UnitSnapshot? _snapshot;
    private IProvinceAggregate? _provinceAggregate;

    protected override string? ProvinceCode => _province?.Code;

    protected override CommandRules? Rules => _province is { } p ? new CommandRules(reference, calendar, p.Code) : null;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!reference.Districts.TryGetValue(this.GetPrimaryKeyString(), out var info))
        {
            return;
        }

        _info = info;
        _province = reference.Provinces[info.ProvinceCode];
        _push = new UpwardPush(this, PushToProvinceAsync, logger);
        var snapshots = await Task.WhenAll(info.CommuneCodes.Select(c => GrainFactory.GetGrain<ICommuneAggregate>(c).GetSnapshotAsync()));
        foreach (var snapshot in snapshots)
        {
            _communes.Offer(snapshot);
        }

        _push.Schedule();
    }

    protected override PermissionTarget TargetOf(ICommand command) => PermissionTarget.District(_info!.Code);

    /// <summary>The latest snapshot of each leaf, over the state's dictionary (made again when the state is read again).</summary>
    private ChildSnapshots Leaves => _leaves ??= new ChildSnapshots(State.Leaves);

    protected override void OnStateReloaded()
    {
        _leaves = null;
        _snapshot = null;
    }

    /// <summary>An accepted command or a leaf's snapshot, applied to the state (after its append, and on activation).</summary>
    protected override void Apply(object @event)
    {
        switch (@event)
        {
            case RegisterPerson register:
                State.Reporters.Register(register);
                break;
            case DeactivatePerson deactivate:
                State.Reporters.Deactivate(deactivate);
                break;
            case UnitSnapshot leaf:
                Leaves.Offer(leaf);
                break;
            default:
                base.Apply(@event);
                break;
        }
    }

    public Task<CommandResult> RegisterReporterAsync(RegisterPerson command) =>
        ExecuteAsync(command, rules => State.Reporters.CheckRegister(command, rules));

    public Task<CommandResult> DeactivateReporterAsync(DeactivatePerson command) =>
        ExecuteAsync(command, rules => State.Reporters.CheckDeactivate(command, rules));

    public async Task ReportCommuneAsync(UnitSnapshot snapshot)
    {
        if (_info is not null && _info.CommuneCodes.Contains(snapshot.UnitCode) && _communes.Offer(snapshot))
        {
            Changed();
            await PublishAsync();
        }
    }

    public async Task ReportLeafAsync(UnitSnapshot leaf)
    {
        Known();
        if (Leaves.IsNewer(leaf))
        {
            await RecordEventAsync(leaf);
            Changed();
            await PublishAsync();
        }
    }

    public Task<ImmutableArray<ScorecardUpdate>> WatchAsync(IScorecardObserver observer, ImmutableArray<string> periods)
    {
        Known();
        return _publisher.WatchAsync(observer, periods, FiguresAsync);
    }

    public Task<ImmutableArray<ScorecardUpdate>> GetFiguresAsync(ImmutableArray<string> periods)
    {
        Known();
        return ScorecardPublisher.FiguresOfAsync(periods, FiguresAsync);
    }

    public Task UnwatchAsync(IScorecardObserver observer)
    {
        _publisher.Unwatch(observer);
        return Task.CompletedTask;
    }

    public Task<UnitSnapshot> GetSnapshotAsync()
    {
        Known();
        return Task.FromResult(Snapshot());
    }

    public Task<UnitSummary> GetSummaryAsync()
    {
        var info = Known();
        return Task.FromResult(new UnitSummary(UnitLevel.District, info.Code, info.NameVi, info.UnitType, info.ProvinceCode));
    }

    public Task<ImmutableArray<UnitSummary>> GetCommunesAsync() =>
        Task.FromResult(Known().CommuneCodes
            .Select(c => reference.Communes[c])
            .Select(c => new UnitSummary(UnitLevel.Commune, c.Code, c.NameVi, c.UnitType, c.DistrictCode))
            .ToImmutableArray());

    public async Task<ScorecardView> GetScorecardAsync(string period)
    {
        var info = Known();
        var snapshot = Snapshot();
        return await scorecards.CreateAsync(
            _scorecards, _province!.Program, UnitLevel.District, info.Code, info.NameVi, info.UnitType, snapshot.ToMeasureSet, period, snapshot.Version);
    }

    public async Task<ImmutableArray<ScorecardView>> GetCommuneScorecardsAsync(string period)
    {
        var info = Known();
        var parsed = ScorecardFactory.ParsePeriod(period);
        var catalog = await scorecards.CatalogAsync(_province!.Program);
        return _communeScorecards.Get(parsed.ToString(), _communes.Version + catalog.Version, () => info.CommuneCodes
            .Select(code => reference.Communes[code])
            .Select(c => ScorecardFactory.Create(
                _province.Program, UnitLevel.Commune, c.Code, c.NameVi, c.UnitType, _communes.Of(c.Code), catalog, parsed, _communes.VersionOf(c.Code)))
            .ToImmutableArray());
    }

    protected override Task OnCommittedAsync()
    {
        Changed();
        return PublishAsync();
    }

    private void Changed()
    {
        _snapshot = null;
        _push!.Schedule();
    }

    private UnitSnapshot Snapshot()
    {
        if (_snapshot is null)
        {
            var reporters = State.Reporters.Active();
            var own = MeasureSet.Empty
                .With(Measures.Districts, DatedSeries.From([(DateOnly.MinValue, 1L)]))
                .With(Measures.ReportersActive, reporters)
                .With(Measures.ReportersQualifyingDistricts, reporters.AtLeast(Measures.ReportersPerQualifyingDistrict));
            _snapshot = UnitSnapshot.From(
                _info!.Code, State.Version + Leaves.Version + _communes.Version, MeasureSet.Sum([own, Leaves.Sum(), _communes.Sum()]));
        }

        return _snapshot;
    }

    // The reference is kept: GetGrain resolves the interface's type by reflection at every call.
    private Task PushToProvinceAsync() =>
        (_provinceAggregate ??= GrainFactory.GetGrain<IProvinceAggregate>(_info!.ProvinceCode)).ReportDistrictAsync(Snapshot());

    /// <summary>Pushes the new figures to the pages watching (a failure to publish never fails the change).</summary>
    private async Task PublishAsync()
    {
        try
        {
            await _publisher.PublishAsync(FiguresAsync);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "{Grain} {Key} could not publish its figures", nameof(DistrictGrain), this.GetPrimaryKeyString());
        }
    }

    private async Task<ScorecardUpdate> FiguresAsync(string period) =>
        new(await GetScorecardAsync(period), await GetCommuneScorecardsAsync(period), _province!.Program.Code);

    private DistrictInfo Known() => _info ?? throw new UnknownUnitException(this.GetPrimaryKeyString());
}
