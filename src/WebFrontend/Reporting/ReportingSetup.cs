namespace AntiTrafficking.WebFrontend.Reporting;

/// <summary>The reporting regime's API; its pages (/bao-cao, /bao-cao/in/{period}) are found with the other Razor Pages.</summary>
public static class ReportingSetup
{
    /// <summary>Maps the reporting endpoints under /api/v1.</summary>
    public static WebApplication MapReporting(this WebApplication app)
    {
        app.MapGroup("/api/v1").MapReportingApi();
        return app;
    }
}
