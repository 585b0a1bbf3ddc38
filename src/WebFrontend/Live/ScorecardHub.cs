using AntiTrafficking.Indicators;
using AntiTrafficking.WebFrontend.Pages;
using AntiTrafficking.WebFrontend.Privacy;
using Microsoft.AspNetCore.SignalR;

namespace AntiTrafficking.WebFrontend.Live;

/// <summary>
/// Pages watch the units and periods they show ("province", "district:{code}") and receive <see cref="Figures"/>: the
/// changed figures themselves, formatted for the reader (the public's small counts protected) in the page's language,
/// which the page writes into its cells in place.
/// </summary>
public sealed class ScorecardHub(ScorecardRelay relay, SmallCounts small) : Hub
{
    /// <summary>The message carrying a unit's new figures (<see cref="LiveFigures"/>).</summary>
    public const string Figures = "figures";

    /// <summary>The most units and periods one page may watch (the pivot of 20 quarters of every district).</summary>
    public const int MostWatched = 15 * 20;

    /// <summary>
    /// Watches <paramref name="sources"/> for <paramref name="periods"/> in <paramref name="language"/> ("vi" or "en"),
    /// replacing what this connection watched before; the figures as they are now are sent at once.
    /// </summary>
    public async Task Watch(string[] sources, string[] periods, string? language)
    {
        if (sources is not { Length: > 0 } || periods is not { Length: > 0 } || sources.Length * periods.Length > MostWatched)
        {
            throw new HubException($"Cần từ 1 đến {MostWatched} cặp đơn vị × kỳ · Between 1 and {MostWatched} units × periods are needed.");
        }

        if (sources.FirstOrDefault(s => !ScorecardRelay.IsSource(s)) is { } unknown)
        {
            throw new HubException($"Không có đơn vị '{unknown}' (cần \"province\" hoặc \"district:mã\") · Unknown unit '{unknown}' (expected \"province\" or \"district:code\").");
        }

        var parsed = new List<string>(periods.Length);
        foreach (var period in periods)
        {
            if (!Period.TryParse(period, out var valid))
            {
                throw new HubException($"Kỳ '{period}' không hợp lệ (YYYY, YYYY-H1, YYYY-Q2) · '{period}' is not a period (YYYY, YYYY-H1, YYYY-Q2).");
            }

            parsed.Add(valid.ToString());
        }

        var audience = small.SeesEveryCount(Context.User!) ? Audience.SignedIn : Audience.Public;
        var now = await relay.WatchAsync(Context.ConnectionId, sources, parsed, audience, Languages.Offered(language) ?? "vi");
        foreach (var figures in now)
        {
            await Clients.Caller.SendAsync(Figures, figures);
        }
    }

    /// <inheritdoc />
    public override Task OnDisconnectedAsync(Exception? exception)
    {
        relay.Leave(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
