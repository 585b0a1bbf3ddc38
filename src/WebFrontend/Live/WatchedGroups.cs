using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace AntiTrafficking.WebFrontend.Live;

/// <summary>The groups that have at least one connected page, so that only those are polled.</summary>
public sealed partial class WatchedGroups
{
    private readonly ConcurrentDictionary<string, string> _groupByConnection = new();
    private readonly ConcurrentDictionary<string, long> _pageVersions = new();

    /// <summary>Whether a group name is "province" or "district:{code}".</summary>
    public static bool IsValid(string group) => GroupName().IsMatch(group);

    /// <summary>Records that a connection watches a group.</summary>
    public void Add(string connectionId, string group) => _groupByConnection[connectionId] = group;

    /// <summary>
    /// Remembers the data version a page was rendered from, so that a change made between the page's rendering and
    /// the watcher's first look at the group is still announced.
    /// </summary>
    public void RememberPageVersion(string group, long version) =>
        _pageVersions.AddOrUpdate(group, version, (_, known) => Math.Min(known, version));

    /// <summary>The oldest page version remembered for a group since the last call, if any.</summary>
    public long? TakePageVersion(string group) => _pageVersions.TryRemove(group, out var version) ? version : null;

    /// <summary>Forgets a connection.</summary>
    public void RemoveConnection(string connectionId) => _groupByConnection.TryRemove(connectionId, out _);

    /// <summary>The groups watched now.</summary>
    public IReadOnlySet<string> Current() => _groupByConnection.Values.ToHashSet();

    [GeneratedRegex("^(province|district:[0-9]{3})$")]
    private static partial Regex GroupName();
}
