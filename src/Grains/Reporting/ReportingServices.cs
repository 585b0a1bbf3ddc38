using AntiTrafficking.Grains.Reference;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafficking.Grains.Reporting;

/// <summary>Registers the reporting regime's needs in the silo's container.</summary>
public static class ReportingServices
{
    /// <summary>The reporting rules read from <paramref name="dataRoot"/> and the options of the close reminder.</summary>
    public static IServiceCollection AddReporting(this IServiceCollection services, string dataRoot)
    {
        services.AddSingleton(sp => ReportingSchedule.Load(dataRoot, sp.GetRequiredService<ReferenceData>()));
        services.AddOptions<ReportingOptions>();
        return services;
    }

    /// <summary>
    /// Registers every province's period-close reminder when the silo becomes active. Separate from
    /// <see cref="AddReporting"/> so that silos which do not run the regime (tests of other parts) store no reminder.
    /// </summary>
    public static IServiceCollection AddPeriodCloseReminder(this IServiceCollection services) =>
        services.AddTransient<ILifecycleParticipant<ISiloLifecycle>, ReportingStartup>();
}
