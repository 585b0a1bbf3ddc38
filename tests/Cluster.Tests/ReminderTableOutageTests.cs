using AntiTrafficking.Cluster.Tests.Infrastructure;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Units;
using Xunit.Abstractions;

namespace AntiTrafficking.Cluster.Tests;

/// <summary>
/// A silo started while the reminder table cannot be written (renamed away under it) is not held by the reporting
/// regime's close reminders: it serves commands at once, tries the reminders again with growing waits, and ensures them
/// once the table is back, so that the province's reporting periods still close. Orleans' reminder service refuses
/// registrations until its first read of the table succeeds, and after a failed one reads again only every
/// <c>Orleans:ReminderService:RefreshReminderListPeriod</c> (5 min by default, 10 s for these silos): so the reminder is
/// stored within that period and ReportingStartup's longest wait (30 s) of the table's return, not at once.
/// </summary>
public sealed class ReminderTableOutageTests(ITestOutputHelper output)
{
    private const string PeriodClose = "period-close";
    private const string Away = "orleans_reminders_away";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_silo_started_without_its_reminder_table_serves_at_once_and_schedules_the_period_close_once_the_table_is_back()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 1, web: false,
            beforeSilos: database => LocalCluster.ExecuteAsync(database, $"ALTER TABLE orleans_reminders RENAME TO {Away}"));
        var silo = cluster.Silos[0].Process;
        try
        {
            // Ready and taking commands while the close reminders cannot be stored.
            var registration = Units.Registration("reminder-outage", "06652");
            Assert.Equal(CommandOutcome.Accepted, (await cluster.Client.GetGrain<ICommuneGrain>("06652").RegisterPropagandistAsync(registration)).Outcome);
            await Eventually.ReturnsAsync(() => Task.FromResult(Failures(silo)), n => n >= 2, "two failed attempts to ensure the close reminders", Deadline, LocalCluster.Poll);
            Assert.DoesNotContain(silo.Output, l => l.Contains("close reminders ensured", StringComparison.Ordinal));

            await LocalCluster.ExecuteAsync(cluster.ConnectionString, $"ALTER TABLE {Away} RENAME TO orleans_reminders");
            var back = System.Diagnostics.Stopwatch.StartNew();

            var stored = await Eventually.ReturnsAsync(() => cluster.RemindersAsync(PeriodClose), n => n > 0, "the period close reminder to be stored", Deadline, LocalCluster.Poll);
            output.WriteLine($"The period close reminder was stored {back.Elapsed.TotalSeconds:0.0} s after the table came back.");
            Assert.Equal(1, stored);
            await Eventually.ReturnsAsync(() => Task.FromResult(silo.Output.Any(l => l.Contains("close reminders ensured for 1 province(s)", StringComparison.Ordinal))),
                ensured => ensured, "the silo to say the close reminders are ensured", Deadline, LocalCluster.Poll);
            Assert.False(silo.HasExited);
        }
        catch (Exception) when (Dump(cluster))
        {
            throw;
        }
    }

    private static int Failures(HostProcess silo) => silo.Output.Count(l => l.Contains("close reminders not ensured", StringComparison.Ordinal));

    private bool Dump(LocalCluster cluster)
    {
        output.WriteLine(cluster.Diagnostics());
        return false;
    }
}
