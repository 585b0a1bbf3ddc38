namespace AntiTrafficking.Grains.Accounts;

/// <summary>
/// The failed sign-ins in a row on one user name, from each source and from all of them, and the wait they impose
/// (<see cref="AccountOptions"/>: after the free attempts, the first delay, doubling with each failure up to the longest).
/// Kept in the account grain's memory only, for known and unknown user names alike.
/// </summary>
internal sealed class SignInThrottle(AccountOptions options)
{
    /// <summary>Sources remembered per user name; beyond them the one that failed longest ago is forgotten.</summary>
    private const int SourcesKept = 1000;

    private readonly Dictionary<string, Failures> _bySource = [];
    private Failures _all = new();

    /// <summary>Failures in a row from all sources.</summary>
    public int Count => _all.Count;

    /// <summary>Until when every source must wait, or null.</summary>
    public DateTimeOffset? AllWaitUntil(DateTimeOffset now) => _all.NotBefore > now ? _all.NotBefore : null;

    /// <summary>How long <paramref name="source"/> must still wait before its password is checked, or null.</summary>
    public TimeSpan? Wait(string source, DateTimeOffset now)
    {
        var until = _bySource.TryGetValue(source, out var mine) && mine.NotBefore > _all.NotBefore ? mine.NotBefore : _all.NotBefore;
        return until > now ? until - now : null;
    }

    /// <summary>Counts a failure from <paramref name="source"/>; returns the wait it now imposes, if any.</summary>
    public TimeSpan? Failed(string source, DateTimeOffset now)
    {
        if (!_bySource.TryGetValue(source, out var mine))
        {
            if (_bySource.Count >= SourcesKept)
            {
                _bySource.Remove(_bySource.MinBy(s => s.Value.Last).Key);
            }

            _bySource[source] = mine = new Failures();
        }

        var wait = new[] { mine.Add(now, options.FreeAttempts, options), _all.Add(now, options.AccountFreeAttempts, options) }.Max();
        return wait > TimeSpan.Zero ? wait : null;
    }

    /// <summary>A success from <paramref name="source"/>: its failures and those of all sources are forgotten.</summary>
    public void Succeeded(string source)
    {
        _bySource.Remove(source);
        _all = new Failures();
    }

    /// <summary>Forgets every failure (a new password, disabling or enabling).</summary>
    public void Clear()
    {
        _bySource.Clear();
        _all = new Failures();
    }

    private sealed class Failures
    {
        public int Count { get; private set; }

        public DateTimeOffset NotBefore { get; private set; }

        public DateTimeOffset Last { get; private set; }

        /// <summary>Counts one failure; returns the wait it imposes (zero within the free attempts).</summary>
        public TimeSpan Add(DateTimeOffset now, int free, AccountOptions options)
        {
            Count++;
            Last = now;
            if (Count < free)
            {
                return TimeSpan.Zero;
            }

            var wait = TimeSpan.FromTicks((long)Math.Min(options.MaxDelay.Ticks, options.FirstDelay.Ticks * Math.Pow(2, Count - free)));
            NotBefore = now + wait;
            return wait;
        }
    }
}
