using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Units;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace AntiTrafficking.Grains.Units;

/// <summary>
/// The observers of a unit grain and the periods each shows: after a change, <see cref="PublishAsync"/> computes the
/// figures of every watched period once (from the grain's cached views) and pushes each observer its periods, one-way.
/// Subscriptions expire after <see cref="IScorecardSource.Expiry"/> unless renewed; nothing is computed or sent while
/// nobody watches.
/// </summary>
internal sealed class ScorecardPublisher(ILogger logger)
{
    private readonly ObserverManager<IScorecardObserver> _observers = new(IScorecardSource.Expiry, logger);
    private readonly Dictionary<GrainId, ImmutableHashSet<string>> _periods = [];
    private readonly Dictionary<string, long> _published = new(StringComparer.Ordinal);

    /// <summary>Subscribes or renews an observer; returns the figures of its periods now.</summary>
    public async Task<ImmutableArray<ScorecardUpdate>> WatchAsync(
        IScorecardObserver observer, ImmutableArray<string> periods, Func<string, Task<ScorecardUpdate>> figures)
    {
        _observers.Subscribe(observer, observer);
        var normalised = periods.Select(p => ScorecardFactory.ParsePeriod(p).ToString()).ToImmutableHashSet(StringComparer.Ordinal);
        _periods[observer.GetGrainId()] = normalised;
        var now = ImmutableArray.CreateBuilder<ScorecardUpdate>(normalised.Count);
        foreach (var period in normalised)
        {
            var update = await figures(period);
            _published.TryAdd(period, update.Version);
            now.Add(update);
        }

        return now.MoveToImmutable();
    }

    /// <summary>The figures of each of <paramref name="periods"/>, in order, one after another (from the grain's cached views).</summary>
    public static async Task<ImmutableArray<ScorecardUpdate>> FiguresOfAsync(
        ImmutableArray<string> periods, Func<string, Task<ScorecardUpdate>> figures)
    {
        var all = ImmutableArray.CreateBuilder<ScorecardUpdate>(periods.Length);
        foreach (var period in periods)
        {
            all.Add(await figures(period));
        }

        return all.MoveToImmutable();
    }

    /// <summary>Ends a subscription.</summary>
    public void Unwatch(IScorecardObserver observer)
    {
        _observers.Unsubscribe(observer);
        _periods.Remove(observer.GetGrainId());
    }

    /// <summary>Pushes the figures of every watched period whose version moved since it was last pushed.</summary>
    public async Task PublishAsync(Func<string, Task<ScorecardUpdate>> figures)
    {
        if (_observers.Count == 0)
        {
            return;
        }

        _observers.ClearExpired();
        var live = _observers.Select(o => o.GetGrainId()).ToHashSet();
        foreach (var gone in _periods.Keys.Where(id => !live.Contains(id)).ToList())
        {
            _periods.Remove(gone);
        }

        foreach (var period in _periods.Values.SelectMany(p => p).Distinct(StringComparer.Ordinal).ToList())
        {
            var update = await figures(period);
            if (_published.TryGetValue(period, out var last) && last == update.Version)
            {
                continue;
            }

            _published[period] = update.Version;
            await _observers.Notify(o => o.ScorecardChangedAsync(update), o => _periods.TryGetValue(o.GetGrainId(), out var p) && p.Contains(period));
        }
    }
}
