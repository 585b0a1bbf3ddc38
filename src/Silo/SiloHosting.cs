using System.Net;
using AntiTrafficking.Grains;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Grains.Reporting;
using AntiTrafficking.Hosting;
using AntiTrafficking.Hosting.Tls;
using AntiTrafficking.Persistence;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace AntiTrafficking.Silo;

/// <summary>Sets up the silo: endpoints, PostgreSQL (or the loud in-memory demo mode), grains and the dashboard.</summary>
public static class SiloHosting
{
    /// <summary>Configures Orleans on the web host from configuration (see appsettings.json).</summary>
    public static WebApplicationBuilder AddAntiTraffickingSilo(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var connectionString = config.GetConnectionString("Postgres");
        var inMemory = config.GetValue<bool>("Storage:InMemory");
        if (string.IsNullOrWhiteSpace(connectionString) && !inMemory)
        {
            throw new InvalidOperationException(
                "Thiếu chuỗi kết nối ConnectionStrings:Postgres (hoặc đặt Storage:InMemory=true cho bản trình diễn) / " +
                "ConnectionStrings:Postgres is missing (or set Storage:InMemory=true for a demo).");
        }

        builder.Services.AddAntiTraffickingGrains(DataFolder.Resolve(config["Data:Root"]));
        builder.Services.Configure<ReportingOptions>(config.GetSection("Reporting")).AddPeriodCloseReminder();
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = config["Orleans:ClusterId"] ?? "anti-trafficking";
                o.ServiceId = config["Orleans:ServiceId"] ?? "anti-trafficking";
            });
            silo.ConfigureEndpoints(
                IPAddress.Parse(config["Orleans:AdvertisedIP"] ?? "127.0.0.1"),
                config.GetValue("Orleans:SiloPort", 11111),
                config.GetValue("Orleans:GatewayPort", 30000),
                listenOnAnyHostAddress: false);
            if (inMemory)
            {
                silo.UseLocalhostClustering()
                    .AddMemoryGrainStorage(StorageNames.Main, o => o.GrainStorageSerializer = new JsonGrainStorageSerializer())
                    .UseInMemoryReminderService();
            }
            else
            {
                silo.UsePostgres(connectionString!);
            }

            // Failure detection (ProbeTimeout, NumMissedProbesLimit, IAmAliveTablePublishTimeout, TableRefreshTimeout…)
            // and the call timeout (ResponseTimeout) may be shortened from configuration, e.g. for the failover test.
            silo.Configure<ClusterMembershipOptions>(config.GetSection("Orleans:Membership"));
            silo.Configure<SiloMessagingOptions>(config.GetSection("Orleans:Messaging"));
            // How often each silo reads its share of the reminder table (RefreshReminderListPeriod, Orleans' default 5 min):
            // a silo whose first read failed (the table unreachable at its start) loads its reminders, and takes new
            // ones such as the period close, only at the next read. Not "Orleans:Reminders": Orleans reads that section as
            // the reminder provider's own configuration.
            silo.Configure<ReminderOptions>(config.GetSection("Orleans:ReminderService"));
            silo.Configure<GrainCollectionOptions>(o => o.CollectIdleLeavesAfter(config.GetValue("Orleans:LeafCollectionAge", TimeSpan.FromMinutes(2))));

            // Mutual TLS on the silo and gateway ports when Orleans:Tls:Enabled (required in production; deploy/README.md).
            silo.UseProvinceTls(config);

            silo.AddDashboard();
            if (config.GetValue<bool>("Orleans:Kubernetes"))
            {
                // Pod name, pod IP and the orleans/serviceId and orleans/clusterId labels (POD_* and ORLEANS_* variables)
                // override the settings above; membership stays in PostgreSQL (deploy/kubernetes).
                silo.UseKubernetesHosting();
            }
        });
        return builder;
    }

    /// <summary>Applies the PostgreSQL schema and lists records stored before the record index existed, before the silo joins the cluster; says so loudly in demo mode.</summary>
    public static async Task PrepareStorageAsync(this WebApplication app)
    {
        var connectionString = app.Configuration.GetConnectionString("Postgres");
        if (app.Configuration.GetValue<bool>("Storage:InMemory"))
        {
            app.Logger.LogWarning("IN-MEMORY MODE: nothing is stored; every figure is lost when the silo stops. For demos and tests only.");
            return;
        }

        await DatabaseMigrator.MigrateAsync(connectionString!, app.Logger);
        await RecordIndexBackfill.RunAsync(
            connectionString!,
            app.Services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
            app.Services.GetRequiredService<ReferenceData>(),
            app.Logger);
    }

    /// <summary>Says loudly when a production silo runs without TLS: its ports then accept any peer.</summary>
    public static void WarnWithoutTls(this WebApplication app)
    {
        if (app.Environment.IsProduction() && ProvinceTls.Read(app.Configuration) is null)
        {
            app.Logger.LogWarning(
                "Orleans:Tls:Enabled is not true: the silo and gateway ports accept any peer without a certificate. " +
                "Production requires mutual TLS with certificates of the province's CA (deploy/README.md, \"Mutual TLS\").");
        }
    }
}
