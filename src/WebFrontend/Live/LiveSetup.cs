namespace AntiTrafficking.WebFrontend.Live;

/// <summary>Live scorecards: a SignalR hub at /hubs/scorecards fed by the relay of the unit grains' pushes.</summary>
public static class LiveSetup
{
    /// <summary>Registers SignalR and the relay (an observer of the grains, a background renewal, and told when gateways change).</summary>
    public static WebApplicationBuilder AddLiveUpdates(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<ScorecardRelay>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ScorecardRelay>());
        builder.Services.AddSingleton<IClusterConnectionStatusObserver>(sp => sp.GetRequiredService<ScorecardRelay>());
        return builder;
    }

    /// <summary>Maps the hub.</summary>
    public static WebApplication MapLiveUpdates(this WebApplication app)
    {
        app.MapHub<ScorecardHub>("/hubs/scorecards");
        return app;
    }
}
