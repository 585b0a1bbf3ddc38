using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Grains.Aggregation;
using AntiTrafficking.Grains.Reference;
using Microsoft.Extensions.Logging;

namespace AntiTrafficking.Grains.Units;

/// <summary>
/// A province: the latest snapshot of each district, summed, plus the leaves attributed to it directly. The districts'
/// part is not stored: on activation, and every
/// <see cref="ResyncPeriod"/> as a safety net against a push lost with a failed silo, it asks its districts.
/// </summary>
internal sealed class ProvinceGrain(
    [PersistentState("province", StorageNames.Main)] IPersistentState<ProvinceState> state,
    ReferenceData reference,
    ScorecardFactory scorecards,
    ILogger<ProvinceGrain> logger)
    : Grain, IProvinceGrain, IProvinceAggregate, IProvinceLeafSink, IScorecardSource
{
    private readonly ScorecardPublisher _publisher = new(logger);
    public static readonly TimeSpan ResyncPeriod = TimeSpan.FromSeconds(30);

    /// <summary>How soon to try again when a district could not be read at activation.</summary>
    public static readonly TimeSpan RetryPeriod = TimeSpan.FromSeconds(1);

    private readonly ChildSnapshots _districts = new();
    private readonly ComputedViews<ScorecardView> _scorecards = new();
    private readonly ComputedViews<ImmutableArray<ScorecardView>> _districtScorecards = new();
    private ChildSnapshots _leaves = new();
    private ProvinceInfo? _info;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!reference.Provinces.TryGetValue(this.GetPrimaryKeyString(), out _info))
        {
            return;
        }

        _leaves = new ChildSnapshots(state.State.Leaves);
        var complete = await ResyncAsync(cancellationToken);
        this.RegisterGrainTimer(async ct => { await ResyncAsync(ct); await PublishAsync(); }, complete ? ResyncPeriod : RetryPeriod, ResyncPeriod);
    }

    public async Task ReportDistrictAsync(UnitSnapshot snapshot)
    {
        if (_info is not null && _info.DistrictCodes.Contains(snapshot.UnitCode) && _districts.Offer(snapshot))
        {
            await PublishAsync();
        }
    }

    public async Task ReportLeafAsync(UnitSnapshot leaf)
    {
        Known();
        if (_leaves.Offer(leaf))
        {
            try
            {
                await state.WriteStateAsync();
            }
            catch
            {
                DeactivateOnIdle();
                throw;
            }

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

    public Task<UnitSummary> GetSummaryAsync()
    {
        var info = Known();
        return Task.FromResult(new UnitSummary(UnitLevel.Province, info.Code, info.NameVi, "province", null));
    }

    public Task<ProgramSummary> GetProgramAsync()
    {
        var program = Known().Program;
        return Task.FromResult(new ProgramSummary(program.Code, program.Decision, program.TitleVi, program.TitleEn, program.FirstYear, program.LastYear));
    }

    public Task<ImmutableArray<UnitSummary>> GetDistrictsAsync() =>
        Task.FromResult(Known().DistrictCodes
            .Select(c => reference.Districts[c])
            .Select(d => new UnitSummary(UnitLevel.District, d.Code, d.NameVi, d.UnitType, d.ProvinceCode))
            .ToImmutableArray());

    public Task<ScorecardView> GetScorecardAsync(string period)
    {
        var info = Known();
        return scorecards.CreateAsync(
            _scorecards, info.Program, UnitLevel.Province, info.Code, info.NameVi, "province", () => _districts.Sum().Add(_leaves.Sum()), period,
            _districts.Version + _leaves.Version);
    }

    public async Task<long> GetVersionAsync() =>
        _districts.Version + _leaves.Version + (await scorecards.CatalogAsync(Known().Program)).Version;

    public async Task<ImmutableArray<ScorecardView>> GetDistrictScorecardsAsync(string period)
    {
        var info = Known();
        var parsed = ScorecardFactory.ParsePeriod(period);
        var catalog = await scorecards.CatalogAsync(info.Program);
        return _districtScorecards.Get(parsed.ToString(), _districts.Version + catalog.Version, () => info.DistrictCodes
            .Select(code => reference.Districts[code])
            .Select(d => ScorecardFactory.Create(
                info.Program, UnitLevel.District, d.Code, d.NameVi, d.UnitType, _districts.Of(d.Code), catalog, parsed, _districts.VersionOf(d.Code)))
            .ToImmutableArray());
    }

    /// <returns>True when every district answered.</returns>
    private async Task<bool> ResyncAsync(CancellationToken cancellationToken)
    {
        var answered = await Task.WhenAll(_info!.DistrictCodes.Select(async code =>
        {
            try
            {
                _districts.Offer(await GrainFactory.GetGrain<IDistrictAggregate>(code).GetSnapshotAsync());
                return true;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // The district's own push, or the next resync, brings it in.
                logger.LogWarning(ex, "{Grain} {Key} could not resync district {District}", nameof(ProvinceGrain), this.GetPrimaryKeyString(), code);
                return false;
            }
        }));
        return answered.All(a => a);
    }

    /// <summary>Pushes the new figures to the pages watching (a failure to publish never fails the report).</summary>
    private async Task PublishAsync()
    {
        try
        {
            await _publisher.PublishAsync(FiguresAsync);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "{Grain} {Key} could not publish its figures", nameof(ProvinceGrain), this.GetPrimaryKeyString());
        }
    }

    private async Task<ScorecardUpdate> FiguresAsync(string period) =>
        new(await GetScorecardAsync(period), await GetDistrictScorecardsAsync(period), Known().Program.Code);

    private ProvinceInfo Known() => _info ?? throw new UnknownUnitException(this.GetPrimaryKeyString());
}
