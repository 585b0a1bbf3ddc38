using System.Text;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.Persistence.Tests.Cluster;
using Npgsql;
using Orleans.TestingHost;
using Xunit.Abstractions;

namespace AntiTrafficking.Persistence.Tests.Reporting;

/// <summary>The reporting regime on the real providers: the close reminder is a PostgreSQL row, and reports, snapshot and approval survive a full restart.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ReportingSurvivesRestartTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TheCloseReminderIsStoredAndReportsSnapshotAndApprovalSurviveARestart()
    {
        var serviceId = PostgresTestCluster.NewServiceId("reporting");
        PeriodSnapshot closed;
        await using (var cluster = await StartAsync(serviceId))
        {
            var period = cluster.Client.GetGrain<IReportingPeriodGrain>("22:2011-Q4");
            Assert.True((await period.SubmitAsync(new("r-1", new ActingParty("web-tttt", "TTTT"), "TTTT", "Báo cáo quý IV năm 2011", [new("OUT-03", 12)]))).Succeeded);
            await Eventually.WaitForAsync(period.GetStatusAsync, s => s.ClosedOn is not null, Deadline, "the reminder to close 2011-Q4");
            closed = (await period.GetSnapshotAsync())!;
            Assert.True((await period.ApproveAsync(new("a-1", new ActingParty("ca-1", "CA")))).Succeeded);

            var reminder = Assert.Single(await Db.QueryAsync(postgres.ConnectionString,
                "SELECT reminder_name, grain_id, period FROM orleans_reminders WHERE service_id = @service",
                r => (Name: r.GetString(0), Grain: r.GetString(1), PeriodMs: r.GetInt64(2)), ("service", serviceId)));
            Assert.Equal(("period-close", 1000L), (reminder.Name, reminder.PeriodMs));
            Assert.Contains("/22", reminder.Grain);
        }

        await using (var restarted = await StartAsync(serviceId))
        {
            var period = restarted.Client.GetGrain<IReportingPeriodGrain>("22:2011-Q4");
            var status = await period.GetStatusAsync();
            Assert.Equal((new DateOnly(2012, 1, 16), "ca-1", 1), (status.ClosedOn!.Value, status.Approval!.UserId, status.Total.Received));
            var report = (await period.GetReportAsync("TTTT"))!;
            Assert.Equal(("Báo cáo quý IV năm 2011", 12L), (report.Revisions.Single().Narrative, report.Revisions.Single().Figures.Single().Value));
            var snapshot = (await period.GetSnapshotAsync())!;
            Assert.Equal(186, snapshot.Communes.Length);
            Assert.Equal(closed.Province.Indicators.AsEnumerable(), snapshot.Province.Indicators.AsEnumerable());
            Assert.Equal(closed.Communes.SelectMany(c => c.Indicators), snapshot.Communes.SelectMany(c => c.Indicators));
            var retry = await period.SubmitAsync(new("r-1", new ActingParty("web-tttt", "TTTT"), "TTTT", "Báo cáo quý IV năm 2011", [new("OUT-03", 12)]));
            Assert.Equal(CommandOutcome.Duplicate, retry.Outcome);
        }

        var stored = await ReadRowAsync(serviceId, "reportingSnapshot", "2011-Q4");
        Assert.Contains("\"communes\"", stored);
        output.WriteLine($"Stored snapshot of 201 scorecards: {Encoding.UTF8.GetByteCount(stored)} bytes");
        Assert.DoesNotContain("AntiTrafficking.", stored);
    }

    private async Task<TestCluster> StartAsync(string serviceId)
    {
        var builder = new TestClusterBuilder(1);
        builder.Options.ServiceId = serviceId;
        builder.Options.ClusterId = $"cluster-{Guid.NewGuid():N}";
        builder.Options.UseTestClusterMembership = false;
        builder.Options.ConfigureFileLogging = false;
        builder.Properties[PostgresSiloConfigurator.ConnectionStringKey] = postgres.ConnectionString;
        builder.AddSiloBuilderConfigurator<PostgresSiloConfigurator>();
        builder.AddSiloBuilderConfigurator<ReportingSiloConfigurator>();
        builder.AddClientBuilderConfigurator<PostgresClientConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private async Task<string> ReadRowAsync(string serviceId, string stateName, string keyPart)
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT payload_binary FROM orleans_storage WHERE service_id = @service AND grain_type_string = @state AND grain_id_extension_string LIKE @key",
            connection);
        command.Parameters.AddWithValue("service", serviceId);
        command.Parameters.AddWithValue("state", stateName);
        command.Parameters.AddWithValue("key", $"%{keyPart}%");
        return Encoding.UTF8.GetString((byte[])(await command.ExecuteScalarAsync())!);
    }
}
