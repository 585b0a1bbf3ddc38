using AntiTrafficking.Grains.Audit;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Grains.Units;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;

namespace AntiTrafficking.Grains;

/// <summary>Registers what the grains need from the silo's container.</summary>
public static class GrainServices
{
    /// <summary>
    /// Loads the reference data from <paramref name="dataRoot"/> and registers it with the scorecard factory, the clock
    /// and an in-memory audit trail and record index (which the PostgreSQL set-up replaces with the stored ones).
    /// </summary>
    public static IServiceCollection AddAntiTraffickingGrains(this IServiceCollection services, string dataRoot)
    {
        services.AddSingleton(ReferenceData.Load(dataRoot));
        services.AddSingleton<ScorecardFactory>();
        services.TryAddSingleton(new CalendarClock(TimeProvider.System));
        services.TryAddSingleton(_ => new MemoryAuditTrail(TimeProvider.System));
        services.TryAddSingleton<IAuditTrail>(sp => sp.GetRequiredService<MemoryAuditTrail>());
        services.TryAddSingleton(sp => new Journal.MemoryJournal(sp.GetRequiredService<MemoryAuditTrail>()));
        services.TryAddSingleton<Journal.ICommandJournal>(sp => sp.GetRequiredService<Journal.MemoryJournal>());
        services.TryAddSingleton<Records.IRecordIndex, Records.MemoryRecordIndex>();
        Victims.VictimKeyRingSetup.AddVictimKeyRing(services);
        Reporting.ReportingServices.AddReporting(services, dataRoot);
        Accounts.AccountServices.AddAccounts(services);
        return services;
    }

    /// <summary>
    /// Lets Orleans deactivate cases, tips and persons after <paramref name="idleAge"/> without a call, instead of the
    /// silo-wide collection age. Each is touched a few times in its life and what it contributes lives on in its
    /// commune's snapshot, so an idle one only holds memory (about 2 KB for the activation alone: bench/README.md).
    /// </summary>
    public static GrainCollectionOptions CollectIdleLeavesAfter(this GrainCollectionOptions options, TimeSpan idleAge)
    {
        foreach (var leaf in new[] { typeof(Enforcement.CaseGrain), typeof(Enforcement.TipGrain), typeof(Victims.VictimGrain) })
        {
            options.ClassSpecificCollectionAge[leaf.FullName!] = idleAge;
        }

        return options;
    }
}
