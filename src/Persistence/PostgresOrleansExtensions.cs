using AntiTrafficking.Grains.Audit;
using AntiTrafficking.Grains.Journal;
using AntiTrafficking.Grains.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Storage;

namespace AntiTrafficking.Persistence;

/// <summary>
/// Puts Orleans clustering, grain storage and reminders on PostgreSQL through the Orleans ADO.NET providers.
/// The database must already hold the schema from deploy/sql (run <see cref="DatabaseMigrator"/> first).
/// </summary>
public static class PostgresOrleansExtensions
{
    /// <summary>The ADO.NET invariant name the Orleans providers use for Npgsql.</summary>
    public const string AdoNetInvariant = "Npgsql";

    /// <summary>The name of the grain storage provider registered by <see cref="UsePostgres"/>.</summary>
    public const string GrainStorageName = "main";

    /// <summary>
    /// Membership (clustering), grain storage "main" (JSON state, optimistic concurrency), reminders and the audit
    /// trail, all in the PostgreSQL database named by <paramref name="connectionString"/>, keyed by ClusterId/ServiceId.
    /// </summary>
    public static ISiloBuilder UsePostgres(this ISiloBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        connectionString = WithBoundedPool(connectionString);

        builder.UseAdoNetClustering(options =>
        {
            options.Invariant = AdoNetInvariant;
            options.ConnectionString = connectionString;
        });
        builder.AddAdoNetGrainStorage(GrainStorageName, options =>
        {
            options.Invariant = AdoNetInvariant;
            options.ConnectionString = connectionString;
            options.GrainStorageSerializer = new JsonGrainStorageSerializer();
        });
        // Registered last, so it is the "main" storage the grains get; it drives the ADO.NET one.
        builder.Services.AddKeyedSingleton<IGrainStorage>(GrainStorageName, (services, _) => new ReachabilityGrainStorage(
            AdoNetGrainStorageFactory.Create(services, GrainStorageName),
            services.GetRequiredService<ILogger<ReachabilityGrainStorage>>()));
        builder.UseAdoNetReminderService(options =>
        {
            options.Invariant = AdoNetInvariant;
            options.ConnectionString = connectionString;
        });
        // One writer for the journal and the audit trail: a command's row and its audit entry share a transaction.
        builder.Services.AddSingleton(sp => new PostgresAuditTrail(
            connectionString,
            sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
            TimeProvider.System,
            sp.GetRequiredService<ILogger<PostgresAuditTrail>>()));
        builder.Services.AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<PostgresAuditTrail>());
        builder.Services.AddSingleton<ICommandJournal>(sp => sp.GetRequiredService<PostgresAuditTrail>());
        builder.Services.AddSingleton<IRecordIndex>(sp => new PostgresRecordIndex(
            connectionString, sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId));
        return builder;
    }

    /// <summary>
    /// Activating a district reads every commune's state at once; with Npgsql's default pool of 100 that burst can
    /// exceed PostgreSQL's default max_connections (100) and fail activations. A smaller pool makes the burst queue
    /// for a connection instead. A pool size named in the connection string is kept.
    /// </summary>
    public const int DefaultMaxPoolSize = 40;

    private static string WithBoundedPool(string connectionString) =>
        connectionString.Contains("Pool Size", StringComparison.OrdinalIgnoreCase)
            ? connectionString
            : new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = DefaultMaxPoolSize }.ConnectionString;

    /// <summary>Lets a client find the silos' gateways in the PostgreSQL membership table.</summary>
    public static IClientBuilder UsePostgresClustering(this IClientBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        connectionString = WithBoundedPool(connectionString);

        builder.UseAdoNetClustering(options =>
        {
            options.Invariant = AdoNetInvariant;
            options.ConnectionString = connectionString;
        });
        return builder;
    }
}
