using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AntiTrafficking.WebFrontend.Reporting;

/// <summary>The reporting regime's services; its API is in Api/ReportingEndpoints.cs, its pages (/bao-cao, /bao-cao/in/{period}) are found with the other Razor Pages.</summary>
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
}
