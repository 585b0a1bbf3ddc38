using System.Diagnostics;
using System.Net;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.Grains;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Hosting.Tls;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.TestingHost;
using Xunit.Abstractions;

namespace AntiTrafficking.Persistence.Tests.Tls;

/// <summary>
/// Two silos on loopback TCP configured through <c>Orleans:Tls</c> as in production, their certificates issued by a
/// province CA the test makes: the silos form a cluster over TLS and a grain client with a certificate of that CA runs
/// a command; a client without TLS, without a certificate, with a certificate of another CA, with a withdrawn
/// certificate, or trusting another CA cannot connect and fails within a bounded time.
/// </summary>
public sealed class MutualTlsTests(MutualTlsTests.Fixture fixture, ITestOutputHelper output) : IClassFixture<MutualTlsTests.Fixture>
{
    private static readonly TimeSpan RefusalBound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task SilosFormAClusterOverTlsAndAClientWithACertificateOfTheProvinceCaRunsACommand()
    {
        Assert.Equal(2, (await fixture.ActiveSilosAsync()).Count);

        await using var agency = await ConnectAsync(fixture.Settings("agency-tttt", "province-ca"));
        var commune = agency.Client.GetGrain<ICommuneGrain>("06649");
        var result = await commune.RecordSurveyAsync(
            new RecordSurvey("tls-1", new ActingParty("tttt-system", "TTTT"), "survey-tls-1", new DateOnly(2012, 4, 1), 20, 10));

        Assert.Equal(CommandOutcome.Accepted, result.Outcome);
        Assert.Equal(CommandOutcome.Duplicate, (await commune.RecordSurveyAsync(
            new RecordSurvey("tls-1", new ActingParty("tttt-system", "TTTT"), "survey-tls-1", new DateOnly(2012, 4, 1), 20, 10))).Outcome);
    }

    [Theory]
    [InlineData("without TLS")]
    [InlineData("TLS without a certificate")]
    [InlineData("a certificate of another CA")]
    [InlineData("a withdrawn certificate")]
    [InlineData("trusting another CA")]
    public async Task AClientWithoutAValidCertificateOfTheProvinceCaCannotConnectAndFailsFast(string client)
    {
        var settings = client switch
        {
            "without TLS" => new Dictionary<string, string>(),
            "TLS without a certificate" => fixture.Settings(null, "province-ca"),
            "a certificate of another CA" => fixture.Settings("stranger", "province-ca"),
            "a withdrawn certificate" => fixture.Settings("withdrawn", "province-ca"),
            _ => fixture.Settings("agency-tttt", "other-ca"),
        };
        var clock = Stopwatch.StartNew();

        var refused = await Record.ExceptionAsync(async () =>
        {
            await using var connection = await ConnectAsync(settings);
            await connection.Client.GetGrain<ICommuneGrain>("06652").RegisterPropagandistAsync(
                new RegisterPerson($"refused-{Guid.NewGuid():N}", new ActingParty("intruder"), "person-x", new DateOnly(2012, 4, 1)));
        });

        output.WriteLine($"{client}: refused after {clock.Elapsed.TotalMilliseconds:F0} ms: {refused?.GetType().Name}: {refused?.Message}");
        Assert.NotNull(refused);
        Assert.True(clock.Elapsed < RefusalBound, $"{client}: took {clock.Elapsed}");
    }

    /// <summary>A grain client of both gateways with these settings, giving up at the first failed connection.</summary>
    private async Task<ClientConnection> ConnectAsync(IReadOnlyDictionary<string, string> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (fixture.Cluster.Options.ClusterId, fixture.Cluster.Options.ServiceId));
            client.UseStaticClustering([.. fixture.Cluster.Silos.Select(s => s.GatewayAddress!.Endpoint)]);
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10));
            client.UseConnectionRetryFilter((_, _) => Task.FromResult(false));
            client.UseProvinceTls(config);
        });
        var host = builder.Build();
        try
        {
            using var deadline = new CancellationTokenSource(RefusalBound);
            await host.StartAsync(deadline.Token);
            return new ClientConnection(host);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    private sealed class ClientConnection(IHost host) : IAsyncDisposable
    {
        public IClusterClient Client => host.Services.GetRequiredService<IClusterClient>();

        public async ValueTask DisposeAsync()
        {
            try
            {
                await host.StopAsync(TimeSpan.FromSeconds(5));
            }
            finally
            {
                host.Dispose();
            }
        }
    }

    /// <summary>The province CA, another CA, the certificates they issued, and two silos with TLS on.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private readonly TestCertificates _certificates = new();

        public TestCluster Cluster { get; private set; } = null!;

        /// <summary>TLS on, the named certificate (none if null), the named CA trusted.</summary>
        public Dictionary<string, string> Settings(string? certificate, string ca)
        {
            var settings = new Dictionary<string, string>
            {
                ["Orleans:Tls:Enabled"] = "true",
                ["Orleans:Tls:CaCertificatePath"] = _certificates.PathOf(ca, "crt"),
            };
            if (certificate is not null)
            {
                settings["Orleans:Tls:CertificatePath"] = _certificates.PathOf(certificate, "crt");
                settings["Orleans:Tls:KeyPath"] = _certificates.PathOf(certificate, "key");
            }

            return settings;
        }

        /// <summary>The silos each silo sees as active.</summary>
        public async Task<IReadOnlyCollection<SiloAddress>> ActiveSilosAsync()
        {
            var silo = Cluster.Silos.OfType<InProcessSiloHandle>().First().SiloHost.Services;
            var hosts = await silo.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            return hosts.Keys;
        }

        public async Task InitializeAsync()
        {
            using var ca = _certificates.CreateAuthority("province-ca");
            using var other = _certificates.CreateAuthority("other-ca");
            using var silo = _certificates.IssueSilo(ca, "silo");
            using var agency = _certificates.IssueClient(ca, "agency-tttt");
            using var withdrawn = _certificates.IssueClient(ca, "withdrawn");
            using var stranger = _certificates.IssueClient(other, "stranger");

            var builder = new TestClusterBuilder(2);
            builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket;
            builder.Options.InitializeClientOnDeploy = false;
            builder.Options.ConfigureFileLogging = false;
            foreach (var (key, value) in Settings("silo", "province-ca"))
            {
                builder.Properties[key] = value;
            }

            builder.Properties["Orleans:Tls:RevokedSerialNumbers:0"] = withdrawn.SerialNumber;
            builder.AddSiloBuilderConfigurator<TlsSiloConfigurator>();
            Cluster = builder.Build();
            await Cluster.DeployAsync();
        }

        public async Task DisposeAsync()
        {
            if (Cluster is not null)
            {
                await Cluster.StopAllSilosAsync();
                await Cluster.DisposeAsync();
            }

            _certificates.Dispose();
        }
    }

    /// <summary>A silo with memory storage, the repository's reference data and TLS from its Orleans:Tls configuration.</summary>
    public sealed class TlsSiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddMemoryGrainStorage(StorageNames.Main, o => o.GrainStorageSerializer = new JsonGrainStorageSerializer());
            siloBuilder.UseInMemoryReminderService();
            siloBuilder.Services.AddAntiTraffickingGrains(DataFolder.Resolve(null));
            siloBuilder.UseProvinceTls(siloBuilder.Configuration);
        }
    }
}
