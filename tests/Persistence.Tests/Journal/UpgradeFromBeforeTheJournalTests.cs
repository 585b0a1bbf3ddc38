using System.Diagnostics;
using System.Text.Json;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Persistence.Tests.Victims;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.TestingHost;

namespace AntiTrafficking.Persistence.Tests.Journal;

/// <summary>
/// A database written by the version before the journal (Journal/BeforeJournal, made at f06502b) upgraded by this one:
/// the schema script, then each grain's first activation. The scorecards and the audit chain are what that version
/// showed, its old keys still count once, and new commands go on from there.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class UpgradeFromBeforeTheJournalTests(PostgresFixture postgres)
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Journal", "BeforeJournal");

    [Fact]
    public async Task TheUpgradedDatabaseShowsTheSameScorecardsAndAuditChainAndItsOldKeysStillCountOnce()
    {
        var connection = await RestoreAsync();
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Fixture, "expected.json")));
        var serviceId = expected.RootElement.GetProperty("serviceId").GetString()!;

        var applied = await DatabaseMigrator.MigrateAsync(connection);
        Assert.Equal(["0007-command-journal.sql", "0008-agency-activity.sql", "0009-record-access.sql", "0010-audit-change.sql"], applied);

        await using var cluster = await VictimTestCluster.StartAsync(connection, serviceId, Path.Combine(Fixture, "victim-keys.json"));
        foreach (var period in expected.RootElement.GetProperty("scorecards").EnumerateObject())
        {
            foreach (var card in period.Value.EnumerateArray())
            {
                var unit = card.GetProperty("unit").GetString()!;
                var actual = await Eventually.WaitForAsync(
                    () => ScorecardAsync(cluster, unit, period.Name), c => Figures(c) == Expected(card), TimeSpan.FromSeconds(20), $"{unit} {period.Name}");
                Assert.Equal(Expected(card), Figures(actual));
            }
        }

        // The audit chain is the one that version wrote, intact, and its head has not moved: reading changed nothing.
        var audit = expected.RootElement.GetProperty("audit");
        await using (var trail = new PostgresAuditTrail(connection, serviceId, TimeProvider.System, NullLogger<PostgresAuditTrail>.Instance))
        {
            var verification = await trail.VerifyAsync();
            Assert.True(verification.Intact);
            Assert.Equal(audit.GetProperty("records").GetInt64(), verification.Records);
            var head = await trail.QueryAsync(new GrainInterfaces.Audit.AuditQuery(), 0, 1);
            Assert.Equal(audit.GetProperty("lastHash").GetString(), Convert.ToHexString(head.Records[0].Hash));
        }

        // Retried now, the commands that version accepted answer "duplicate" with the version each produced.
        var retried = expected.RootElement.GetProperty("retries").EnumerateArray().ToList();
        Assert.NotEmpty(retried);
        foreach (var retry in retried)
        {
            var result = await RetryAsync(cluster.Client, retry);
            Assert.Equal((CommandOutcome.Duplicate, retry.GetProperty("version").GetInt64()), (result.Outcome, result.Version));
        }

        // The agencies' activity that version stored in their own state is carried over, and the retries added nothing.
        Assert.Equal(
            ["RecordDelivery=10", "RegisterLegalDocument=1"],
            await ActivityAsync(cluster, "22:TTTT"));
        Assert.Equal(["ReceiveTip=30"], await ActivityAsync(cluster, "22:CA"));
        Assert.Equal(["ReceivePerson=12"], await ActivityAsync(cluster, "22:BDBP"));
        Assert.Equal(["RecordSupport=12"], await ActivityAsync(cluster, "22:LDTBXH"));

        // Every key the commune had applied (12 propagandists, 14 surveys, 4 deliveries, 2 officials counts) is in its journal now, first.
        var communeKeys = await Db.ScalarAsync<long>(
            connection, "SELECT count(*) FROM command_journal WHERE service_id = @service AND stream = 'commune/07195' AND kind = 'legacy'", ("service", serviceId));
        Assert.Equal(32L, communeKeys);

        // New work goes on from there, and counts; a survey id used before the upgrade stays taken.
        var next = await cluster.Client.GetGrain<ICommuneGrain>("07195")
            .RecordSurveyAsync(new("after-upgrade", new ActingParty("officer-207", null, ActorRole.DistrictOfficer, "207"), "KS-NEW", new DateOnly(2015, 12, 1), 100, 40));
        Assert.Equal((CommandOutcome.Accepted, 33L), (next.Outcome, next.Version));
        var sameId = await cluster.Client.GetGrain<ICommuneGrain>("07195")
            .RecordSurveyAsync(new("after-upgrade-2", new ActingParty("officer-207", null, ActorRole.DistrictOfficer, "207"), "KS-4", new DateOnly(2015, 12, 1), 10, 4));
        Assert.Equal((CommandOutcome.Rejected, "duplicate"), (sameId.Outcome, sameId.Error?.Code));
        var byAgency = await cluster.Client.GetGrain<ICommuneGrain>("07195")
            .RecordSurveyAsync(new("after-upgrade-3", new ActingParty("tttt-officer", "TTTT"), "KS-NEW-2", new DateOnly(2015, 12, 2), 10, 4));
        Assert.Equal(CommandOutcome.Accepted, byAgency.Outcome);
        Assert.Equal(["RecordDelivery=10", "RecordSurvey=1", "RegisterLegalDocument=1"], await ActivityAsync(cluster, "22:TTTT"));

        // A person received before consent was recorded counts as consenting to support (the paper procedure): support goes on.
        var person = cluster.Client.GetGrain<IVictimGrain>("22:P-1");
        var supported = await person.RecordSupportAsync(
            new("after-upgrade-support", new ActingParty("ldtbxh-officer", "LDTBXH"), SupportKind.Psychological, new DateOnly(2015, 12, 1), "Trung tâm Công tác xã hội"));
        Assert.Equal(CommandOutcome.Accepted, supported.Outcome);
        Assert.Equal((ConsentKind.Support, new DateOnly(2014, 3, 2), true), (await person.GetAsync())!.Consents.Select(c => (c.Kind, c.GivenOn, c.Presumed)).Single());
        await using (var trail = new PostgresAuditTrail(connection, serviceId, TimeProvider.System, NullLogger<PostgresAuditTrail>.Instance))
        {
            Assert.True((await trail.VerifyAsync()).Intact);
        }
    }

    private static async Task<string[]> ActivityAsync(TestCluster cluster, string agency) =>
        [.. (await cluster.Client.GetGrain<GrainInterfaces.Agencies.IAgencyGrain>(agency).GetProfileAsync()).Activity
            .OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}")];

    private static Task<CommandResult> RetryAsync(IClusterClient client, JsonElement retry)
    {
        var grain = retry.GetProperty("grain").GetString()!;
        var key = grain[(grain.IndexOf('/') + 1)..];
        var command = retry.GetProperty("command").GetRawText();
        T Read<T>() => JsonSerializer.Deserialize<T>(command, JsonSerializerOptions.Web)!;
        return retry.GetProperty("key").GetString() switch
        {
            "RegisterPropagandist" => client.GetGrain<ICommuneGrain>(key).RegisterPropagandistAsync(Read<RegisterPerson>()),
            "RecordSurvey" => client.GetGrain<ICommuneGrain>(key).RecordSurveyAsync(Read<RecordSurvey>()),
            "RecordDelivery" => client.GetGrain<ICommuneGrain>(key).RecordDeliveryAsync(Read<RecordDelivery>()),
            "RecordOfficials" => client.GetGrain<ICommuneGrain>(key).RecordOfficialsAsync(Read<RecordOfficials>()),
            "RegisterReporter" => client.GetGrain<IDistrictGrain>(key).RegisterReporterAsync(Read<RegisterPerson>()),
            "ReceiveTip" => client.GetGrain<GrainInterfaces.Enforcement.ITipGrain>(key).ReceiveAsync(Read<GrainInterfaces.Enforcement.ReceiveTip>()),
            "ReceivePerson" => client.GetGrain<IVictimGrain>(key).ReceiveAsync(Read<ReceivePerson>()),
            "RecordSupport" => client.GetGrain<IVictimGrain>(key).RecordSupportAsync(Read<RecordSupport>()),
            var other => throw new InvalidOperationException($"No retry for {other}"),
        };
    }

    private static Task<ScorecardView> ScorecardAsync(TestCluster cluster, string unit, string period) => unit.Length switch
    {
        2 => cluster.Client.GetGrain<IProvinceGrain>(unit).GetScorecardAsync(period),
        3 => cluster.Client.GetGrain<IDistrictGrain>(unit).GetScorecardAsync(period),
        _ => cluster.Client.GetGrain<ICommuneGrain>(unit).GetScorecardAsync(period),
    };

    private static string Figures(ScorecardView card) =>
        string.Join(' ', card.Indicators.Select(i => $"{i.Code}={i.Numerator}/{i.Denominator}:{i.Status}"))
        + " | " + string.Join(' ', card.Outputs.Select(o => $"{o.Code}={o.Value}"));

    private static string Expected(JsonElement card) =>
        string.Join(' ', card.GetProperty("indicators").EnumerateArray().Select(i =>
            $"{i.GetProperty("code").GetString()}={i.GetProperty("numerator").GetInt64()}/{i.GetProperty("denominator").GetInt64()}:{i.GetProperty("status").GetString()}"))
        + " | " + string.Join(' ', card.GetProperty("outputs").EnumerateArray().Select(o => $"{o.GetProperty("code").GetString()}={o.GetProperty("value")}"));

    /// <summary>A new database holding the dump, restored by the machine's own psql.</summary>
    private async Task<string> RestoreAsync()
    {
        var connection = postgres.NewDatabaseConnectionString("upgrade");
        var target = new NpgsqlConnectionStringBuilder(connection);
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connection) { Database = "postgres" }.ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        // psql sits beside the server's own binaries (initdb on PATH may be a link to them).
        var initdb = PostgresBinaries.Find().InitDb;
        var psql = Path.Combine(Path.GetDirectoryName(new FileInfo(initdb).ResolveLinkTarget(true)?.FullName ?? initdb)!, "psql");
        var start = new ProcessStartInfo(psql) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", target.Host!, "-p", target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "-U", target.Username!, "-d", target.Database!, "-f", Path.Combine(Fixture, "before-journal.sql") })
        {
            start.ArgumentList.Add(argument);
        }

        if (target.Password is { } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        using var restore = Process.Start(start)!;
        var errors = restore.StandardError.ReadToEndAsync();
        await restore.StandardOutput.ReadToEndAsync();
        await restore.WaitForExitAsync();
        Assert.True(restore.ExitCode == 0, $"psql could not restore the dump: {await errors}");
        return connection;
    }
}
