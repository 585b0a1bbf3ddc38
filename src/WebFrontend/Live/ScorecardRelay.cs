using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Indicators;
using AntiTrafficking.WebFrontend.Pages;
using AntiTrafficking.WebFrontend.Privacy;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Localization;

namespace AntiTrafficking.WebFrontend.Live;

/// <summary>
/// The front end's one observer of the unit grains (<see cref="IScorecardObserver"/>): it subscribes to the units and
/// periods that open pages show, and forwards each pushed change, as the cells the pages render, to the SignalR group of
/// that unit, period, audience and language. Nothing is asked of the grains while nothing changes, except renewing
/// the subscriptions every <see cref="Renewal"/> (and at once when the gateways the front end reaches change, as when a
/// silo is lost, since the grains' new activations know no subscriber).
/// </summary>
/// <remarks>
/// A district page also needs the province's pushes: the district's own counts are protected for the public together
/// with the other districts of the province, whose figures come from the province. Orleans holds an observer object
/// weakly; this singleton keeps itself and its reference alive for the life of the front end.
/// </remarks>
public sealed partial class ScorecardRelay(
    IGrainFactory grains, SmallCounts small, IStringLocalizer<SharedResource> localizer, IHubContext<ScorecardHub> hub,
    IConfiguration config, ILogger<ScorecardRelay> logger) : BackgroundService, IScorecardObserver, IClusterConnectionStatusObserver
{
    /// <summary>The province's source name; a district's is "district:{code}".</summary>
    public const string Province = "province";

    private const string DistrictPrefix = "district:";

    /// <summary>How often the subscriptions are renewed (a third of their expiry).</summary>
    public static readonly TimeSpan Renewal = IScorecardSource.Expiry / 3;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Watching> _connections = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Source, string Period), ScorecardUpdate> _latest = [];
    private readonly Dictionary<string, ImmutableHashSet<string>> _subscribed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sent = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _subscribing = new(1, 1);
    private readonly SemaphoreSlim _renewNow = new(0, 1);
    private IScorecardObserver? _reference;

    private string SiteProvince => config["Site:Province"] ?? "22";

    /// <summary>Whether <paramref name="source"/> is "province" or "district:{three digits}".</summary>
    public static bool IsSource(string source) =>
        source == Province || (source.Length == DistrictPrefix.Length + 3 && source.StartsWith(DistrictPrefix, StringComparison.Ordinal) && source[DistrictPrefix.Length..].All(char.IsAsciiDigit));

    /// <summary>The SignalR group of one unit, period, audience and language.</summary>
    public static string Group(string source, string period, Audience audience, string language) => $"{source}@{period}/{audience}/{language}";

    /// <summary>
    /// Adds a connection to the groups of <paramref name="sources"/> × <paramref name="periods"/>, subscribes to the
    /// grains it needs, and returns the figures as they are now, so that a change made since the page was rendered is
    /// not missed.
    /// </summary>
    public async Task<IReadOnlyList<LiveFigures>> WatchAsync(
        string connectionId, IReadOnlyList<string> sources, IReadOnlyList<string> periods, Audience audience, string language)
    {
        var watching = new Watching(sources.ToImmutableHashSet(StringComparer.Ordinal), periods.ToImmutableHashSet(StringComparer.Ordinal), audience, language);
        Watching? before;
        lock (_gate)
        {
            _connections.TryGetValue(connectionId, out before);
            _connections[connectionId] = watching;
        }

        foreach (var group in before?.Groups() ?? [])
        {
            await hub.Groups.RemoveFromGroupAsync(connectionId, group);
        }

        foreach (var group in watching.Groups())
        {
            await hub.Groups.AddToGroupAsync(connectionId, group);
        }

        await SubscribeAsync(renewAll: false);
        lock (_gate)
        {
            return [.. watching.Pairs().Where(_latest.ContainsKey).Select(p => Build(p.Source, p.Period, audience, language))];
        }
    }

    /// <summary>Forgets a connection; the grains stop being asked at the next renewal if no page needs them.</summary>
    public void Leave(string connectionId)
    {
        lock (_gate)
        {
            if (_connections.Remove(connectionId, out var left))
            {
                var watched = _connections.Values.SelectMany(w => w.Groups()).ToHashSet(StringComparer.Ordinal);
                foreach (var group in left.Groups().Where(g => !watched.Contains(g)))
                {
                    _sent.Remove(group);
                }
            }
        }
    }

    /// <inheritdoc />
    public Task ScorecardChangedAsync(ScorecardUpdate update)
    {
        var source = update.Unit.Level == UnitLevel.Province ? Province : DistrictPrefix + update.Unit.UnitCode;
        List<(string Group, LiveFigures Figures)> sends;
        lock (_gate)
        {
            if (_latest.TryGetValue((source, update.Period), out var known) && known.Version == update.Version)
            {
                return Task.CompletedTask;
            }

            _latest[(source, update.Period)] = update;
            sends = SendsAfter(source, update.Period);
        }

        return SendAsync(sends);
    }

    /// <inheritdoc />
    public void NotifyGatewayCountChanged(int currentNumberOfGateways, int previousNumberOfGateways, bool connectionRecovered) =>
        RenewSoon();

    /// <inheritdoc />
    public void NotifyClusterConnectionLost() => RenewSoon();

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _renewNow.WaitAsync(Renewal, stoppingToken);
                await SubscribeAsync(renewAll: true);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogRenewalFailed(logger, ex);
            }
        }
    }

    private void RenewSoon()
    {
        try
        {
            _renewNow.Release();
        }
        catch (SemaphoreFullException)
        {
            // A renewal is already due.
        }
    }

    /// <summary>
    /// Subscribes to every source whose needed periods grew (or all of them when renewing), ends the subscriptions no
    /// page needs, and forwards whatever the answers show changed since the last push.
    /// </summary>
    private async Task SubscribeAsync(bool renewAll)
    {
        await _subscribing.WaitAsync();
        try
        {
            _reference ??= grains.CreateObjectReference<IScorecardObserver>(this);
            Dictionary<string, ImmutableHashSet<string>> needed;
            lock (_gate)
            {
                needed = Needed();
            }

            foreach (var gone in _subscribed.Keys.Where(s => !needed.ContainsKey(s)).ToList())
            {
                _subscribed.Remove(gone);
                if (renewAll)
                {
                    await SourceGrain(gone).UnwatchAsync(_reference);
                }
            }

            foreach (var (source, periods) in needed)
            {
                if (!renewAll && _subscribed.TryGetValue(source, out var known) && periods.IsSubsetOf(known))
                {
                    continue;
                }

                var wanted = renewAll ? periods : periods.Union(_subscribed.GetValueOrDefault(source) ?? []);
                var now = await SourceGrain(source).WatchAsync(_reference, [.. wanted.Order(StringComparer.Ordinal)]);
                _subscribed[source] = wanted;
                foreach (var update in now)
                {
                    await ScorecardChangedAsync(update);
                }
            }
        }
        finally
        {
            _subscribing.Release();
        }
    }

    /// <summary>The periods each source must push: those of the pages open on it, and a district's for the province too.</summary>
    private Dictionary<string, ImmutableHashSet<string>> Needed()
    {
        var needed = new Dictionary<string, ImmutableHashSet<string>>(StringComparer.Ordinal);
        foreach (var watching in _connections.Values)
        {
            foreach (var source in watching.Sources)
            {
                foreach (var unit in source == Province ? [source] : new[] { source, Province })
                {
                    needed[unit] = (needed.GetValueOrDefault(unit) ?? ImmutableHashSet.Create<string>(StringComparer.Ordinal)).Union(watching.Periods);
                }
            }
        }

        return needed;
    }

    private IScorecardSource SourceGrain(string source) => source == Province
        ? grains.GetGrain<IProvinceGrain>(SiteProvince).AsReference<IScorecardSource>()
        : grains.GetGrain<IDistrictGrain>(source[DistrictPrefix.Length..]).AsReference<IScorecardSource>();

    /// <summary>
    /// What to send after the figures of <paramref name="source"/> for <paramref name="period"/> changed: to its own
    /// groups, and after the province's, to the public's district groups whose cells it changed (their own counts are
    /// protected with the province's other districts, so another district's change may hide or show one of theirs).
    /// A group is never sent again what it was last sent (under the lock).
    /// </summary>
    private List<(string Group, LiveFigures Figures)> SendsAfter(string source, string period)
    {
        var sends = new List<(string, LiveFigures)>();
        var audiences = _connections.Values.Where(w => w.Periods.Contains(period)).SelectMany(w => w.Sources.Select(s => (Source: s, w.Audience, w.Language))).Distinct();
        foreach (var (watched, audience, language) in audiences)
        {
            var affected = watched == source || (source == Province && audience == Audience.Public);
            if (!affected || !_latest.ContainsKey((watched, period)))
            {
                continue;
            }

            var group = Group(watched, period, audience, language);
            var figures = Build(watched, period, audience, language);
            var shown = JsonSerializer.Serialize(figures);
            if (_sent.GetValueOrDefault(group) != shown)
            {
                _sent[group] = shown;
                sends.Add((group, figures));
            }
        }

        return sends;
    }

    private async Task SendAsync(List<(string Group, LiveFigures Figures)> sends)
    {
        foreach (var (group, figures) in sends)
        {
            await hub.Clients.Group(group).SendAsync(ScorecardHub.Figures, figures);
        }
    }

    /// <summary>The cells of a source's unit and its children for one audience and language (under the lock).</summary>
    private LiveFigures Build(string source, string period, Audience audience, string language)
    {
        var update = _latest[(source, period)];
        var everyCount = audience == Audience.SignedIn;
        var program = update.ProgramCode;
        IReadOnlyList<ScorecardView> peers = [update.Unit];
        if (source != Province && _latest.TryGetValue((Province, period), out var province))
        {
            peers = [.. province.Children.Select(d => d.UnitCode == update.Unit.UnitCode ? update.Unit : d)];
        }

        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Languages.Culture(language);
        try
        {
            var children = small.Protect(update.Children, program, everyCount);
            return new LiveFigures(
                source, period, update.Version,
                [Cells(update.Unit, small.Protect(peers, program, everyCount)), .. update.Children.Select(c => Cells(c, children))]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private LiveUnit Cells(ScorecardView unit, ProtectedCounts counts)
    {
        var withheld = localizer["ẩn"].Value;
        return new LiveUnit(
            unit.UnitCode,
            [.. unit.Indicators.Select(i =>
            {
                var cell = ScorecardCell.Of(unit.UnitCode, i, counts, small, localizer);
                return new LiveIndicator(i.Code, cell.Counts, cell.Numerator, cell.Denominator, cell.Value, cell.Hidden ? null : i.Value, cell.StatusClass, cell.StatusLabel, cell.Hidden ? "Hidden" : i.Status.ToString());
            })],
            [.. unit.Outputs.Select(o => new LiveOutput(o.Code, o.Key, small.Show(o.Value, counts.OutputOf(unit.UnitCode, o), withheld)))]);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the live scorecards' subscriptions failed; retried at the next renewal")]
    private static partial void LogRenewalFailed(ILogger logger, Exception exception);

    /// <summary>What one connection watches, and for whom it is formatted.</summary>
    private sealed record Watching(ImmutableHashSet<string> Sources, ImmutableHashSet<string> Periods, Audience Audience, string Language)
    {
        public IEnumerable<(string Source, string Period)> Pairs() => Sources.SelectMany(s => Periods.Select(p => (s, p)));

        public IEnumerable<string> Groups() => Pairs().Select(p => Group(p.Source, p.Period, Audience, Language));
    }
}
