using System.Collections.Concurrent;
using AntiTrafficking.GrainInterfaces.Accounts;
using AntiTrafficking.Web.Tests.Infrastructure;
using AntiTrafficking.WebFrontend.Live;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiTrafficking.Web.Tests.Live;

/// <summary>What live.js does in a browser: a connection to /hubs/scorecards watching units and periods, keeping every push.</summary>
internal sealed class LiveWatcher : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ConcurrentQueue<LiveFigures> _received = new();

    private LiveWatcher(HubConnection connection)
    {
        _connection = connection;
        _connection.On<LiveFigures>(ScorecardHub.Figures, _received.Enqueue);
    }

    /// <summary>Every push so far, oldest first.</summary>
    public IReadOnlyList<LiveFigures> Received => [.. _received];

    /// <summary>Connects as the public, or with <paramref name="apiKey"/> as a signed-in reader.</summary>
    public static async Task<LiveWatcher> ConnectAsync(WebFixture<TestSiloConfigurator> fixture, string? apiKey = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(WebFixture.Site, "/hubs/scorecards"), o =>
            {
                o.HttpMessageHandlerFactory = _ => fixture.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                if (apiKey is not null)
                {
                    o.Headers[ApiKeySecrets.Header] = apiKey;
                }
            })
            .Build();
        await connection.StartAsync();
        return new LiveWatcher(connection);
    }

    /// <summary>Watches <paramref name="sources"/> × <paramref name="periods"/>, as a page does when it opens.</summary>
    public Task WatchAsync(string[] sources, string[] periods, string language = "vi") =>
        _connection.InvokeAsync("Watch", sources, periods, language);

    /// <summary>The first push (kept or to come) that satisfies <paramref name="condition"/>.</summary>
    public async Task<LiveFigures> NextAsync(Func<LiveFigures, bool> condition, string awaited) =>
        (await Eventually.ReturnsAsync(() => Task.FromResult(_received.FirstOrDefault(condition)), f => f is not null, awaited, TimeSpan.FromSeconds(10)))!;

    /// <summary>One cell of a push; fails when the push does not hold it.</summary>
    public static LiveIndicator Cell(LiveFigures figures, string unit, string indicator) =>
        figures.Units.Single(u => u.Unit == unit).Indicators.Single(i => i.Code == indicator);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
