using System.Collections.Immutable;
using Orleans.Concurrency;
using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.GrainInterfaces.Units;

/// <summary>
/// A unit grain that pushes its figures to observers when they change (the province: itself and its districts; a
/// district: itself and its communes). A subscriber names the periods it shows and renews its subscription before
/// <see cref="Expiry"/>; the grain then publishes, for each of those periods, the new scorecards once per change.
/// </summary>
[Alias("AntiTrafficking.IScorecardSource")]
public interface IScorecardSource : IGrainWithStringKey
{
    /// <summary>How long a subscription lasts without being renewed.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Subscribes (or renews) <paramref name="observer"/> for <paramref name="periods"/>; returns the figures of each
    /// period as they are now, so that a change made before the subscription is not missed.
    /// </summary>
    [Alias("Watch")]
    Task<ImmutableArray<ScorecardUpdate>> WatchAsync(IScorecardObserver observer, ImmutableArray<string> periods);

    /// <summary>
    /// The unit's figures (its own scorecard and its children's) for each of <paramref name="periods"/>, in that order,
    /// as <see cref="WatchAsync"/> returns them but without subscribing: one call for many periods, from the views the
    /// grain keeps computed (the pivot table reads a whole range of quarters this way).
    /// </summary>
    [Alias("GetFigures")]
    Task<ImmutableArray<ScorecardUpdate>> GetFiguresAsync(ImmutableArray<string> periods);

    /// <summary>Ends a subscription.</summary>
    [Alias("Unwatch")]
    Task UnwatchAsync(IScorecardObserver observer);
}

/// <summary>Told the new figures of a unit when they change.</summary>
[Alias("AntiTrafficking.IScorecardObserver")]
public interface IScorecardObserver : IGrainObserver
{
    /// <summary>The unit's new figures for one period (one-way: a slow or gone subscriber never holds the grain).</summary>
    [OneWay, Alias("ScorecardChanged")]
    Task ScorecardChangedAsync(ScorecardUpdate update);
}

/// <summary>
/// A unit's figures for a period after a change: its own scorecard and those of the units directly under it (which the
/// front end needs together to protect small counts among siblings). Aggregates only, never a person.
/// </summary>
/// <param name="Unit">The publishing unit's scorecard.</param>
/// <param name="Children">The scorecards of its districts or communes, in GSO order.</param>
/// <param name="ProgramCode">The program the figures follow (for the small-count rules).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.ScorecardUpdate")]
public sealed record ScorecardUpdate(
    ScorecardView Unit,
    ImmutableArray<ScorecardView> Children,
    string ProgramCode)
{
    /// <summary>The period of the figures.</summary>
    public string Period => Unit.Period;

    /// <summary>The version of the figures (grows with every change of the unit, its children or the catalog).</summary>
    public long Version => Unit.Version + Children.Sum(c => c.Version);
}
