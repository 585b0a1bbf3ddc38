using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AntiTrafficking.WebFrontend.Reporting;

/// <summary>The reporting regime's API; its pages (/bao-cao, /bao-cao/in/{period}) are found with the other Razor Pages.</summary>
public static class ReportingSetup
{
    /// <summary>Adds the export jobs kept in memory (limits from Reporting:Exports, see <see cref="ExportJobOptions"/>).</summary>
    public static WebApplicationBuilder AddReporting(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ExportJobOptions>(builder.Configuration.GetSection("Reporting:Exports"));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ExportJobs>();
        return builder;
    }

    /// <summary>Maps the reporting endpoints under /api/v1.</summary>
    public static WebApplication MapReporting(this WebApplication app)
    {
        app.MapGroup("/api/v1").MapReportingApi();
        return app;
    }
}
