using AntiTrafficking.Grains;
using AntiTrafficking.Grains.Reference;
using Orleans.TestingHost;

namespace AntiTrafficking.Persistence.Tests.Cluster;

/// <summary>Test silos run on the real PostgreSQL providers, through the same UsePostgres the application uses.</summary>
public sealed class PostgresSiloConfigurator : ISiloConfigurator
{
    public const string ConnectionStringKey = "PostgresConnectionString";

    /// <summary>Short enough that a reminder fires within a test, still above zero as Orleans requires.</summary>
    public static readonly TimeSpan ReminderPeriod = TimeSpan.FromSeconds(1);

    /// <summary>A second storage on the same tables that deletes rows on clear (exercises DeleteStorageKey).</summary>
    public const string DeletingStorageName = "main-delete-on-clear";

    public void Configure(ISiloBuilder siloBuilder)
    {
        var connectionString = siloBuilder.Configuration[ConnectionStringKey]
            ?? throw new InvalidOperationException($"{ConnectionStringKey} is not configured.");
        siloBuilder.UsePostgres(connectionString);
        siloBuilder.Services.AddAntiTraffickingGrains(DataFolder.Resolve(null));
        siloBuilder.AddAdoNetGrainStorage(DeletingStorageName, options =>
        {
            options.Invariant = PostgresOrleansExtensions.AdoNetInvariant;
            options.ConnectionString = connectionString;
            options.GrainStorageSerializer = new JsonGrainStorageSerializer();
            options.DeleteStateOnClear = true;
        });
        siloBuilder.Configure<ReminderOptions>(options => options.MinimumReminderPeriod = ReminderPeriod);
    }
}
