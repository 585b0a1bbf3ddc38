namespace AntiTrafficking.WebFrontend.Live;

/// <summary>Live scorecards: a SignalR hub at /hubs/scorecards and the watcher that tells pages when figures changed.</summary>
public static class LiveSetup
{
    /// <summary>Registers SignalR, the watched groups and the watcher.</summary>
    public static WebApplicationBuilder AddLiveUpdates(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<WatchedGroups>();
        builder.Services.AddHostedService<ScorecardWatcher>();
        return builder;
    }

    /// <summary>Maps the hub.</summary>
    public static WebApplication MapLiveUpdates(this WebApplication app)
    {
        app.MapHub<ScorecardHub>("/hubs/scorecards");
        return app;
    }
}
