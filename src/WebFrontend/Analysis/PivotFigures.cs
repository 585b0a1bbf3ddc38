using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Security.Claims;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Privacy;

namespace AntiTrafficking.WebFrontend.Analysis;

/// <summary>
/// The scorecards of one period at every level — the province, its districts (as the province holds them) and each
/// district's communes (as the district holds them) — read from the grains' computed views, with the public's
/// protection of each group (<see cref="SmallCounts.Protect"/>, the same as on the scorecard pages) worked out once.
/// </summary>
public sealed class PeriodFigures
{
    private readonly SmallCounts _counts;
    private readonly Lazy<ProtectedCounts> _province;
    private readonly Lazy<ProtectedCounts> _districts;
    private readonly Lazy<ProtectedCounts>[] _communes;
    private readonly Lazy<FrozenDictionary<string, FrozenDictionary<string, PivotCell>>> _publicCells;
    private readonly Lazy<FrozenDictionary<string, FrozenDictionary<string, PivotCell>>> _signedInCells;

    internal PeriodFigures(SmallCounts counts, ScorecardUpdate province, IReadOnlyList<ScorecardUpdate> districts)
    {
        _counts = counts;
        Province = province;
        Districts = districts;
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());
        _province = new(() => counts.Protect([province.Unit], province.ProgramCode, anonymous));
        _districts = new(() => counts.Protect(province.Children, province.ProgramCode, anonymous));
        _communes = [.. districts.Select(d => new Lazy<ProtectedCounts>(() => counts.Protect(d.Children, d.ProgramCode, anonymous)))];
        _publicCells = new(() => Cells(everyCount: false));
        _signedInCells = new(() => Cells(everyCount: true));
    }

    /// <summary>The province's scorecard (<see cref="ScorecardUpdate.Unit"/>) and its districts' (<see cref="ScorecardUpdate.Children"/>).</summary>
    public ScorecardUpdate Province { get; }

    /// <summary>Each district's own scorecard and its communes', in GSO order.</summary>
    public IReadOnlyList<ScorecardUpdate> Districts { get; }

    /// <summary>
    /// Every unit's cells (the province, its districts and their communes), by unit code and indicator code, as
    /// <paramref name="reader"/> may see them (the protection of its group applied); worked out once for the public and
    /// once for signed-in readers, so that a table only looks its cells up.
    /// </summary>
    public IReadOnlyDictionary<string, FrozenDictionary<string, PivotCell>> CellsFor(ClaimsPrincipal reader) =>
        (_counts.SeesEveryCount(reader) ? _signedInCells : _publicCells).Value;

    // The province alone, its districts together, and the communes of each district together.
    private Protected<IReadOnlyList<ScorecardView>> ProvinceFor(bool everyCount) =>
        new([Province.Unit], For(everyCount, _province, [Province.Unit], Province.ProgramCode));

    private Protected<IReadOnlyList<ScorecardView>> DistrictsFor(bool everyCount) =>
        new(Province.Children, For(everyCount, _districts, Province.Children, Province.ProgramCode));

    private IEnumerable<Protected<IReadOnlyList<ScorecardView>>> CommunesFor(bool everyCount) =>
        Districts.Select((d, i) => new Protected<IReadOnlyList<ScorecardView>>(d.Children, For(everyCount, _communes[i], d.Children, d.ProgramCode)));

    private FrozenDictionary<string, FrozenDictionary<string, PivotCell>> Cells(bool everyCount)
    {
        var threshold = _counts.Threshold;
        return new[] { ProvinceFor(everyCount), DistrictsFor(everyCount) }.Concat(CommunesFor(everyCount))
            .SelectMany(group => group.Figures.Select(card => KeyValuePair.Create(card.UnitCode,
                card.Indicators.ToFrozenDictionary(i => i.Code, i => PivotCell.Of(i, card.UnitCode, group.Counts, threshold), StringComparer.Ordinal))))
            .ToFrozenDictionary(StringComparer.Ordinal);
    }

    // The public's protection is the same for every visitor and is kept; a signed-in reader's is none (SmallCounts decides).
    private ProtectedCounts For(bool everyCount, Lazy<ProtectedCounts> publicCounts, IReadOnlyList<ScorecardView> units, string programCode) =>
        everyCount ? _counts.Protect(units, programCode, everyCount: true) : publicCounts.Value;
}

/// <summary>
/// The figures the pivot table reads (issue 20.5), kept in memory for the province's current data version: a period
/// is read from the grains once per version — one call to the province and one to each district for all the periods a
/// table lacks, each returning every unit's scorecard of the level — and then shared by every table and reader until a
/// figure or the catalog changes (the version grows), so an unchanged pivot costs one grain call (the version). Tables
/// asked for together while a period is being read wait for the same read.
/// </summary>
public sealed class PivotFigures(IGrainFactory grains, SmallCounts counts)
{
    /// <summary>Periods kept for one version before starting over (a program of five years has 35).</summary>
    private const int MaxPeriods = 256;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Held> _held = new(StringComparer.Ordinal);

    /// <summary>The grain calls made to read figures since the start (for the bench and tests).</summary>
    public long GrainCalls => Interlocked.Read(ref _grainCalls);

    private long _grainCalls;

    /// <summary>The figures of <paramref name="periods"/> (in that order) of <paramref name="province"/> at <paramref name="version"/> (its <see cref="IProvinceGrain.GetVersionAsync"/>).</summary>
    public async Task<IReadOnlyList<PeriodFigures>> GetAsync(string province, long version, IReadOnlyList<string> periods)
    {
        var tasks = new Task<PeriodFigures>[periods.Count];
        var missing = new List<(string Period, TaskCompletionSource<PeriodFigures> Source)>();
        Held? held;
        lock (_gate)
        {
            if (!_held.TryGetValue(province, out held) || held.Version < version || held.Periods.Count >= MaxPeriods)
            {
                held = new Held(version);
                _held[province] = held;
            }
            else if (held.Version > version)
            {
                // A reader that saw an older version than another already did: read afresh, keep nothing.
                held = null;
            }

            for (var i = 0; i < periods.Count; i++)
            {
                if (held is not null && held.Periods.TryGetValue(periods[i], out var task))
                {
                    tasks[i] = task;
                    continue;
                }

                var source = new TaskCompletionSource<PeriodFigures>(TaskCreationOptions.RunContinuationsAsynchronously);
                missing.Add((periods[i], source));
                tasks[i] = source.Task;
                held?.Periods.TryAdd(periods[i], source.Task);
            }
        }

        if (missing.Count > 0)
        {
            await ReadAsync(province, held, missing);
        }

        return await Task.WhenAll(tasks);
    }

    private async Task ReadAsync(string province, Held? held, List<(string Period, TaskCompletionSource<PeriodFigures> Source)> missing)
    {
        try
        {
            var periods = missing.Select(m => m.Period).ToImmutableArray();
            Interlocked.Increment(ref _grainCalls);
            var provinceFigures = await grains.GetGrain<IProvinceGrain>(province).AsReference<IScorecardSource>().GetFiguresAsync(periods);
            var districtCodes = provinceFigures[0].Children.Select(d => d.UnitCode).ToList();
            Interlocked.Add(ref _grainCalls, districtCodes.Count);
            var districtFigures = await Task.WhenAll(districtCodes.Select(d => grains.GetGrain<IDistrictGrain>(d).AsReference<IScorecardSource>().GetFiguresAsync(periods)));
            for (var p = 0; p < missing.Count; p++)
            {
                missing[p].Source.SetResult(new PeriodFigures(counts, provinceFigures[p], [.. districtFigures.Select(d => d[p])]));
            }
        }
        catch (Exception ex)
        {
            lock (_gate)
            {
                foreach (var (period, source) in missing)
                {
                    if (held is not null && held.Periods.TryGetValue(period, out var task) && task == source.Task)
                    {
                        held.Periods.Remove(period);
                    }
                }
            }

            foreach (var (_, source) in missing)
            {
                source.TrySetException(ex);
            }
        }
    }

    private sealed record Held(long Version)
    {
        public Dictionary<string, Task<PeriodFigures>> Periods { get; } = new(StringComparer.Ordinal);
    }
}
