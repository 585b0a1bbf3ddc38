using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace AntiTrafficking.Bench;

/// <summary>The real silo and web front end, started as processes from their Release builds, and a client to them.</summary>
internal sealed class Cluster(string root, string siloFolder, string logs, string connectionString, string keyFile)
{
    public string Logs => logs;

    public string SiloAssembly => Path.Combine(siloFolder, "AntiTrafficking.Silo.dll");

    public string WebAssembly => Path.Combine(root, "src", "WebFrontend", "bin", "Release", "net10.0", "AntiTrafficking.WebFrontend.dll");

    /// <summary>Starts a silo of service <paramref name="serviceId"/> on free ports (other helpers may run silos on the defaults).</summary>
    public (ChildProcess Process, int GatewayPort) StartSilo(string serviceId, string logName, IReadOnlyDictionary<string, string>? settings = null)
    {
        var gatewayPort = Postgres.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = connectionString,
            ["Orleans__ClusterId"] = serviceId,
            ["Orleans__ServiceId"] = serviceId,
            ["Orleans__SiloPort"] = Postgres.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans__GatewayPort"] = gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Urls"] = $"http://127.0.0.1:{Postgres.FreePort()}",
            ["Data__Root"] = Path.Combine(root, "data"),
            ["Victims__KeyFile"] = keyFile,
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            // At Information the silo logs a line per grain placement (Polly), which costs throughput.
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        var process = ChildProcess.Start(SiloAssembly, root, Path.Combine(logs, logName), environment);
        return (process, gatewayPort);
    }

    /// <summary>The port of the last web front end's /metrics.</summary>
    public int WebMetricsPort { get; private set; }

    /// <summary>Starts the web front end against the silo's gateway; returns it and its base address.</summary>
    public (ChildProcess Process, int Port) StartWeb(string serviceId, int gatewayPort)
    {
        var port = Postgres.FreePort();
        WebMetricsPort = Postgres.FreePort();
        var process = ChildProcess.Start(WebAssembly, Path.Combine(root, "src", "WebFrontend"), Path.Combine(logs, "web.log"), new Dictionary<string, string>
        {
            ["Orleans__ClusterId"] = serviceId,
            ["Orleans__ServiceId"] = serviceId,
            ["Orleans__Gateways"] = $"127.0.0.1:{gatewayPort}",
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Observability__MetricsUrl"] = $"http://127.0.0.1:{WebMetricsPort}",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
            // The load comes from one address: far above the API's default rate limit (300 requests per 10 s).
            ["Hardening__Api__PermitLimit"] = "1000000000",
        });
        return (process, port);
    }

    /// <summary>An Orleans client of the silo at 127.0.0.1:<paramref name="gatewayPort"/>, retrying until it connects.</summary>
    public static async Task<IHost> ConnectAsync(string serviceId, int gatewayPort)
    {
        var builder = Host.CreateApplicationBuilder();
        // Killing a silo at the end of a step resets this client's connection: not worth a warning here.
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = serviceId;
                o.ServiceId = serviceId;
            });
            client.UseStaticClustering(new IPEndPoint(IPAddress.Loopback, gatewayPort));
            client.UseConnectionRetryFilter(async (_, cancellation) =>
            {
                await Task.Delay(50, cancellation);
                return true;
            });
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public static IClusterClient Client(IHost host) => host.Services.GetRequiredService<IClusterClient>();
}
