using AntiTrafficking.Grains.Audit;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Grains.Units;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AntiTrafficking.Grains;

/// <summary>Registers what the grains need from the silo's container.</summary>
public static class GrainServices
{
    /// <summary>
    /// Loads the reference data from <paramref name="dataRoot"/> and registers it with the scorecard factory, the clock
    /// and an in-memory audit trail (which the PostgreSQL set-up replaces with the stored one).
    /// </summary>
    public static IServiceCollection AddAntiTraffickingGrains(this IServiceCollection services, string dataRoot)
    {
        services.AddSingleton(ReferenceData.Load(dataRoot));
        services.AddSingleton<ScorecardFactory>();
        services.TryAddSingleton(new CalendarClock(TimeProvider.System));
        services.TryAddSingleton(_ => new MemoryAuditTrail(TimeProvider.System));
        services.TryAddSingleton<IAuditTrail>(sp => sp.GetRequiredService<MemoryAuditTrail>());
        Victims.VictimKeyRingSetup.AddVictimKeyRing(services);
        Reporting.ReportingServices.AddReporting(services, dataRoot);
        Accounts.AccountServices.AddAccounts(services);
        return services;
    }
}
