using System.Net;
using AntiTrafficking.Hosting.Tls;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace AntiTrafficking.WebFrontend.Hosting;

/// <summary>Connects the front end to the cluster: static gateways, the PostgreSQL membership table, or a local silo.</summary>
public static class OrleansClientSetup
{
    /// <summary>
    /// Orleans:Gateways ("127.0.0.1:30000,…") wins; else ConnectionStrings:Postgres finds gateways in the membership
    /// table; else a silo on this machine. The client gives up after Orleans:ConnectTimeoutSeconds (default 60)
    /// with a clear message rather than hanging.
    /// </summary>
    public static WebApplicationBuilder AddClusterClient(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = config["Orleans:ClusterId"] ?? "anti-trafficking";
                o.ServiceId = config["Orleans:ServiceId"] ?? "anti-trafficking";
            });
            client.AddOutgoingGrainCallFilter<GrainCallCounter>();
            var gateways = config["Orleans:Gateways"];
            var connectionString = config.GetConnectionString("Postgres");
            if (!string.IsNullOrWhiteSpace(gateways))
            {
                client.UseStaticClustering(gateways.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(IPEndPoint.Parse).ToArray());
            }
            else if (!string.IsNullOrWhiteSpace(connectionString))
            {
                client.UseAdoNetClustering(o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = connectionString;
                });
            }
            else
            {
                client.UseLocalhostClustering(config.GetValue("Orleans:GatewayPort", 30000));
            }

            // Mutual TLS to the gateways when Orleans:Tls:Enabled: this process's client certificate, silos checked against the province's CA.
            client.UseProvinceTls(config);

            // How often the client re-reads the gateway list (membership table), so a dead silo's gateway is dropped.
            client.Configure<GatewayOptions>(config.GetSection("Orleans:Gateway"));
            // A call that gets no answer (its silo died or hangs) fails after ResponseTimeout and is answered 503:
            // 5 s by default instead of Orleans' 30 s; Orleans:Messaging:ResponseTimeout changes it.
            client.Configure<ClientMessagingOptions>(o =>
            {
                o.ResponseTimeout = TimeSpan.FromSeconds(5);
                config.GetSection("Orleans:Messaging").Bind(o);
            });
            var deadline = TimeSpan.FromSeconds(config.GetValue("Orleans:ConnectTimeoutSeconds", 60));
            client.UseConnectionRetryFilter(new GiveUpAfter(deadline));
            // The Orleans dashboard is served here, behind administrator sign-in; the silos collect its data.
            client.AddDashboard();
        });
        return builder;
    }

    private sealed class GiveUpAfter(TimeSpan deadline) : IClientConnectionRetryFilter
    {
        private readonly DateTimeOffset _start = DateTimeOffset.UtcNow;

        public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
        {
            if (DateTimeOffset.UtcNow - _start > deadline)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            return true;
        }
    }
}
