using Microsoft.AspNetCore.SignalR;

namespace AntiTrafficking.WebFrontend.Live;

/// <summary>
/// Pages join the group of the scorecard they show ("province" or "district:{code}") and are told "changed" when its
/// data version moves; they then fetch their figures again.
/// </summary>
public sealed class ScorecardHub(WatchedGroups watched) : Hub
{
    /// <summary>The message sent to a group whose scorecard changed.</summary>
    public const string Changed = "changed";

    /// <summary>Joins the group of a scorecard; <paramref name="version"/> is the data version the page shows, when known.</summary>
    public async Task Watch(string group, long? version)
    {
        if (!WatchedGroups.IsValid(group))
        {
            throw new HubException($"Unknown group '{group}'.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, group);
        if (version is { } shown)
        {
            watched.RememberPageVersion(group, shown);
        }

        watched.Add(Context.ConnectionId, group);
    }

    /// <inheritdoc />
    public override Task OnDisconnectedAsync(Exception? exception)
    {
        watched.RemoveConnection(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
