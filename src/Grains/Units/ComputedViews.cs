namespace AntiTrafficking.Grains.Units;

/// <summary>
/// Views a unit grain has already computed, by period, each kept with the data version it was computed from: a
/// scorecard only changes when that version does, and is read far more often than the data changes (every open page,
/// every API caller), so a read of an unchanged unit costs a dictionary look-up instead of the indicator engine.
/// </summary>
internal sealed class ComputedViews<T>
{
    /// <summary>Periods kept before the cache starts over (a program of five years has 35 periods).</summary>
    private const int MaxPeriods = 64;

    private readonly Dictionary<string, (long Version, T View)> _views = new(StringComparer.Ordinal);

    /// <summary>The view of <paramref name="period"/> at <paramref name="version"/>, computed only when not already held.</summary>
    public T Get(string period, long version, Func<T> compute)
    {
        if (_views.TryGetValue(period, out var held) && held.Version == version)
        {
            return held.View;
        }

        if (_views.Count >= MaxPeriods)
        {
            _views.Clear();
        }

        var view = compute();
        _views[period] = (version, view);
        return view;
    }
}
