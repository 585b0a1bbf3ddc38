using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Grains.Units;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AntiTrafficking.Grains;

/// <summary>Registers what the grains need from the silo's container.</summary>
public static class GrainServices
{
    /// <summary>Loads the reference data from <paramref name="dataRoot"/> and registers it with the scorecard factory and the clock.</summary>
    public static IServiceCollection AddAntiTraffickingGrains(this IServiceCollection services, string dataRoot)
    {
        services.AddSingleton(ReferenceData.Load(dataRoot));
        services.AddSingleton<ScorecardFactory>();
        services.TryAddSingleton(new CalendarClock(TimeProvider.System));
        Victims.VictimKeyRingSetup.AddVictimKeyRing(services);
        Reporting.ReportingServices.AddReporting(services, dataRoot);
        return services;
    }
}
