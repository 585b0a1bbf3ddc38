using System.Globalization;
using AntiTrafficking.Cluster.Tests.Infrastructure;
using AntiTrafficking.GrainInterfaces.Units;
using Xunit.Abstractions;

namespace AntiTrafficking.Cluster.Tests;

/// <summary>
/// Three real silo processes on one PostgreSQL; one is killed with SIGKILL in the middle of a steady stream of
/// commands. Nothing acknowledged may be lost, and every district and the province must equal a recount of the
/// communes once the cluster has healed.
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output)
{
    private const int CommunesPerDistrict = 4;
    private const int CommandsBeforeKill = 120;
    private const int CommandsAfterRecovery = 120;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Killing_one_of_three_silos_loses_no_acknowledged_command_and_every_total_equals_a_recount_of_the_communes()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 3, web: false);
        try
        {
            await RunAsync(cluster);
        }
        catch (Exception) when (Dump(cluster))
        {
            throw;
        }
    }

    private async Task RunAsync(LocalCluster cluster)
    {
        var communes = Units.CommunesByDistrict.Values.SelectMany(c => c.Take(CommunesPerDistrict)).ToList();
        var stream = new CommandStream(cluster.Client, communes, workers: 6);
        stream.Start();
        await Eventually.ReturnsAsync(() => Task.FromResult(stream.AcknowledgedCount), n => n >= CommandsBeforeKill,
            $"{CommandsBeforeKill} commands acknowledged before the kill", Deadline, LocalCluster.Poll);

        // The victim must host communes that keep receiving commands, or the test would prove nothing.
        // Placement decides where communes live: the victim is the silo (other than the first) hosting the most.
        var statistics = await cluster.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        int CommunesOn(int port) => statistics.Count(s => s.SiloAddress.Endpoint.Port == port && s.GrainType.Contains("CommuneGrain", StringComparison.Ordinal));
        var victim = cluster.Silos.Skip(1).MaxBy(s => CommunesOn(s.SiloPort))!;
        var victimCommunes = CommunesOn(victim.SiloPort);
        Assert.True(victimCommunes > 0, "neither silo that may be killed hosts a commune");

        var killedAt = stream.Now;
        var acknowledgedAtKill = stream.AcknowledgedCount;
        victim.Process.Kill();
        await Eventually.ReturnsAsync(cluster.ActiveSiloPortsAsync, active => !active.Contains(victim.SiloPort) && active.Count == 2,
            "the killed silo to leave the active membership", Deadline, LocalCluster.Poll);
        var declaredDeadAfter = stream.Now - killedAt;
        await Eventually.ReturnsAsync(() => Task.FromResult(stream.AcknowledgedCount), n => n >= acknowledgedAtKill + CommandsAfterRecovery,
            $"{CommandsAfterRecovery} more commands acknowledged after the kill", Deadline, LocalCluster.Poll);
        await stream.StopAsync();

        Assert.Empty(stream.Abandoned);
        var acknowledged = stream.Acknowledged;
        Assert.Equal(acknowledged.Count, acknowledged.Select(a => a.Key).Distinct().Count());

        // Every acknowledged registration is counted once at its commune (each command was retried until acknowledged).
        var expected = acknowledged.GroupBy(a => a.Commune).ToDictionary(g => g.Key, g => (long)g.Count());
        foreach (var commune in communes)
        {
            var scorecard = await cluster.Client.GetGrain<ICommuneGrain>(commune).GetScorecardAsync(Units.Period);
            Assert.Equal(expected.GetValueOrDefault(commune), Units.Propagandists(scorecard));
        }

        // Aggregates equal a recount from the leaves: each district the sum of its communes, the province the sum of all.
        var province = cluster.Client.GetGrain<IProvinceGrain>(Units.Province);
        foreach (var district in Units.CommunesByDistrict.Keys)
        {
            var grain = cluster.Client.GetGrain<IDistrictGrain>(district);
            var communeSum = (await grain.GetCommuneScorecardsAsync(Units.Period)).Sum(Units.Propagandists);
            await Eventually.ReturnsAsync(async () => Units.Propagandists(await grain.GetScorecardAsync(Units.Period)),
                total => total == communeSum, $"district {district} to equal the sum of its communes ({communeSum})", Deadline, LocalCluster.Poll);
        }

        await Eventually.ReturnsAsync(async () => Units.Propagandists(await province.GetScorecardAsync(Units.Period)),
            total => total == acknowledged.Count, $"the province to count all {acknowledged.Count} acknowledged registrations", Deadline, LocalCluster.Poll);
        var districtSum = (await province.GetDistrictScorecardsAsync(Units.Period)).Sum(Units.Propagandists);
        Assert.Equal(acknowledged.Count, districtSum);

        // Every acknowledged command is in the audit trail, and the chain written by three silos (one killed) is intact.
        var audit = await cluster.AuditOutcomesAsync();
        Assert.All(acknowledged, a => Assert.Contains(audit[a.Key], o => o is "accepted" or "duplicate"));
        var (exitCode, verification) = await cluster.VerifyAuditAsync();
        Assert.True(exitCode == 0, verification);
        Assert.Contains("audit trail intact", verification);

        Report(stream, killedAt, declaredDeadAfter, victimCommunes);
    }

    private void Report(CommandStream stream, TimeSpan killedAt, TimeSpan declaredDeadAfter, int victimCommunes)
    {
        var failures = stream.Failures.OrderBy(f => f.At).ToList();
        var after = stream.Acknowledged.Where(a => a.SentAt >= killedAt - TimeSpan.FromSeconds(1)).ToList();
        var before = stream.Acknowledged.Where(a => a.AcknowledgedAt < killedAt).Select(a => a.Latency.TotalMilliseconds).Order().ToList();
        var stalled = after.Where(a => a.Latency > TimeSpan.FromSeconds(1)).ToList();
        var window = stalled.Count == 0 ? TimeSpan.Zero : stalled.Max(a => a.AcknowledgedAt) - stalled.Min(a => a.SentAt);
        string F(double v) => v.ToString("0", CultureInfo.InvariantCulture);
        output.WriteLine($"Failover: {stream.Acknowledged.Count} commands acknowledged, none lost; the killed silo hosted {victimCommunes} commune activations.");
        output.WriteLine($"  p50 latency before the kill: {F(before[before.Count / 2])} ms, max {F(before[^1])} ms");
        output.WriteLine($"  silo declared dead in the membership table {declaredDeadAfter.TotalSeconds:0.0} s after SIGKILL");
        var early = failures.Count(f => f.At < killedAt);
        var late = failures.Where(f => f.At >= killedAt).ToList();
        output.WriteLine($"  failed attempts before the kill (cold start under load): {early}; after the kill: {late.Count}" +
            (late.Count == 0 ? "" : $", from {(late[0].At - killedAt).TotalSeconds:0.0} s to {(late[^1].At - killedAt).TotalSeconds:0.0} s after it ({string.Join(", ", late.GroupBy(f => f.Error).Select(g => $"{g.Key} ×{g.Count()}"))}); all retried with the same key"));
        output.WriteLine($"  commands stalled over 1 s: {stalled.Count}; longest command (first send to acknowledgement): {(after.Count == 0 ? 0 : after.Max(a => a.Latency.TotalSeconds)):0.0} s; stall window: {window.TotalSeconds:0.0} s");
    }

    private bool Dump(LocalCluster cluster)
    {
        output.WriteLine(cluster.Diagnostics());
        return false;
    }
}
