using AntiTrafficking.Grains.Reference;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafficking.Grains.Reporting;

/// <summary>Registers the reporting regime's needs in the silo's container.</summary>
public static class ReportingServices
{
    /// <summary>The reporting rules read from <paramref name="dataRoot"/>, the options and the start-up that schedules period closes.</summary>
    public static IServiceCollection AddReporting(this IServiceCollection services, string dataRoot)
    {
        services.AddSingleton(sp => ReportingSchedule.Load(dataRoot, sp.GetRequiredService<ReferenceData>()));
        services.AddOptions<ReportingOptions>();
        services.AddTransient<ILifecycleParticipant<ISiloLifecycle>, ReportingStartup>();
        return services;
    }
}
