using AntiTrafficking.Grains.Journal;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using AntiTrafficking.Grains;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Grains.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Runtime.Hosting;

namespace AntiTrafficking.Bench;

/// <summary>
/// Memory of a national-scale system: 63 synthetic provinces (about 700 districts and 10,600 communes, generated here
/// and never committed) and as many cases opened and persons received as asked, each through the grains' command
/// path (validation, idempotency ledger, snapshot to the commune, district and province, agency credit, audit), in a
/// silo hosted by this process, so that its managed heap can be read after full collections. Run as a child process
/// of the benchmark, so nothing else is in its heap. Storage keeps nothing (<see cref="WriteOnlyGrainStorage"/>) and
/// the audit trail keeps only its chain head (<see cref="ChainOnlyAuditTrail"/>): in production both live in
/// PostgreSQL, not in the silo. Two modes: <see cref="AllActive"/> keeps every activation (collection age one day);
/// <see cref="LeavesCollected"/> lets Orleans' activation collector deactivate cases and persons idle for a minute.
/// </summary>
internal static class National
{
    public const int Provinces = 63;
    public const int Districts = 700;
    public const int Communes = 10_600;
    public const string AllActive = "active";
    public const string LeavesCollected = "collected";

    private static readonly TimeSpan LeafIdleAge = TimeSpan.FromMinutes(1);

    /// <summary>Managed heap after a full compacting collection, the process's working set and the silo's activations by grain class.</summary>
    public sealed record Stage(double ManagedMiB, double WorkingSetMiB, double ReleasedWorkingSetMiB, int Activations, Dictionary<string, int> ActivationsByClass);

    /// <summary>Writes of one state name and the JSON size of the sampled ones.</summary>
    public sealed record StateWrites(long Writes, double MeanBytes, long LargestBytes);

    public sealed record Figures(
        string Mode, int Provinces, int Districts, int Communes, int Cases, int Persons, double LoadSeconds, double CommandsPerSecond,
        bool TotalsCorrect, Stage Started, Stage UnitsActive, Stage Loaded, Stage? AfterCollection, double PeakWorkingSetMiB,
        int Gen2Collections, int RetriedAfterTimeout, Dictionary<string, StateWrites> Writes)
    {
        /// <summary>Managed bytes per case or person, from the units being active to the end of the load.</summary>
        public double BytesPerLeaf => (Loaded.ManagedMiB - UnitsActive.ManagedMiB) * 1048576.0 / (Cases + Persons);
    }

    public static async Task<Figures> RunAsync(int leaves, string template, string mode, string? gcdump)
    {
        var dataRoot = Path.Combine(Path.GetTempPath(), "atb-national-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var communesByProvince = GenerateProvinces(dataRoot, template);
            var storage = new WriteOnlyGrainStorage();
            var builder = Host.CreateApplicationBuilder();
            builder.Logging.ClearProviders();
            builder.Configuration["Storage:InMemory"] = "true";
            var trail = new ChainOnlyAuditTrail(TimeProvider.System);
            builder.Services.AddSingleton<IAuditTrail>(trail);
            builder.Services.AddSingleton<ICommandJournal>(trail);
            builder.Services.AddAntiTraffickingGrains(dataRoot);
            builder.UseOrleans(silo =>
            {
                silo.Configure<ClusterOptions>(o => o.ClusterId = o.ServiceId = "bench-national");
                silo.UseLocalhostClustering(Postgres.FreePort(), Postgres.FreePort());
                silo.Services.AddGrainStorage(StorageNames.Main, (_, _) => storage);
                silo.UseInMemoryReminderService();
                silo.Configure<GrainCollectionOptions>(o =>
                {
                    o.CollectionAge = TimeSpan.FromDays(1);
                    o.CollectionQuantum = TimeSpan.FromSeconds(15);
                    if (mode == LeavesCollected)
                    {
                        o.CollectIdleLeavesAfter(LeafIdleAge);
                    }
                });
            });
            using var host = builder.Build();
            await host.StartAsync();
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            var started = await MeasureAsync(grains);
            await Task.WhenAll(Enumerable.Range(0, Provinces).Select(p => grains.GetGrain<IProvinceGrain>(ProvinceCode(p)).GetScorecardAsync("2014")));
            var unitsActive = await MeasureAsync(grains);
            Progress($"units active: {unitsActive.Activations:N0} activations, managed heap {unitsActive.ManagedMiB:N0} MiB");

            var cases = leaves / 2;
            var persons = leaves - cases;
            var next = -1;
            var done = 0;
            var stopwatch = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, 64).Select(async _ =>
            {
                int n;
                while ((n = Interlocked.Increment(ref next)) < leaves)
                {
                    var province = ProvinceCode(n % Provinces);
                    var communes = communesByProvince[n % Provinces];
                    var commune = communes[(n / Provinces) % communes.Length];
                    var on = new DateOnly(2014, 1 + (n % 12), 1 + (n % 28));
                    var result = await SendAsync(grains, n, cases, province, commune, on);
                    if (result.Outcome == CommandOutcome.Rejected)
                    {
                        throw new InvalidOperationException($"Command {n} was not accepted: {result.Error?.Code} {result.Error?.MessageEn}");
                    }

                    if (Interlocked.Increment(ref done) % 50_000 == 0)
                    {
                        using var self = Process.GetCurrentProcess();
                        Progress($"{done:N0} of {leaves:N0} after {stopwatch.Elapsed.TotalSeconds:N0} s ({done / stopwatch.Elapsed.TotalSeconds:N0}/s), " +
                                 $"heap {GC.GetTotalMemory(false) / 1048576.0:N0} MiB, working set {self.WorkingSet64 / 1048576.0:N0} MiB, {s_retries} calls retried after a timeout");
                    }
                }
            }));
            var loadSeconds = stopwatch.Elapsed.TotalSeconds;
            var correct = await TotalsCorrectAsync(grains, cases, persons);
            var loaded = await MeasureAsync(grains);
            Progress($"loaded in {loadSeconds:N0} s: {loaded.Activations:N0} activations, managed heap {loaded.ManagedMiB:N0} MiB, working set {loaded.WorkingSetMiB:N0} MiB");
            Stage? afterCollection = null;
            if (mode == LeavesCollected)
            {
                afterCollection = await AfterLeafCollectionAsync(grains);
                Progress($"idle leaves collected: {afterCollection.Activations:N0} activations, managed heap {afterCollection.ManagedMiB:N0} MiB");
            }

            if (gcdump is not null)
            {
                await GcDumpAsync(gcdump);
            }

            using var process = Process.GetCurrentProcess();
            var writes = storage.Sizes.ToDictionary(
                s => s.Key,
                s => new StateWrites(s.Value.Writes, s.Value.Sampled == 0 ? 0 : (double)s.Value.SampledBytes / s.Value.Sampled, s.Value.LargestBytes));
            var figures = new Figures(
                mode, Provinces, Districts, communesByProvince.Sum(c => c.Length), cases, persons, loadSeconds, leaves / loadSeconds, correct,
                started, unitsActive, loaded, afterCollection, process.PeakWorkingSet64 / 1048576.0, GC.CollectionCount(2), s_retries, writes);
            await host.StopAsync();
            return figures;
        }
        finally
        {
            Directory.Delete(dataRoot, recursive: true);
        }
    }

    private static int s_retries;

    /// <summary>
    /// Opens case n or receives person n; a call that times out on the loaded machine is sent again with the same
    /// idempotency key, as a client does (a retry of a command that was applied answers Duplicate).
    /// </summary>
    private static async Task<CommandResult> SendAsync(IGrainFactory grains, int n, int cases, string province, string commune, DateOnly on)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return n < cases
                    ? await grains.GetGrain<ICaseGrain>($"{province}:CA-{n}").OpenAsync(
                        new OpenCase($"open-{n}", new ActingParty("bench", "CA"), on, commune, 1 + (n % 3), (TraffickingForm)(n % 4), n % 2 == 0))
                    : await grains.GetGrain<IVictimGrain>($"{province}:P-{n}").ReceiveAsync(
                        new ReceivePerson($"receive-{n}", new ActingParty("bench", "CA"), on, (ReceptionPlace)(n % 4), (ReturnMode)(n % 3),
                            "CN", commune, (Sex)(n % 2), 1980 + (n % 30), new PersonalData($"Synthetic person {n}", $"{n:D12}"), n % 5 == 0));
            }
            catch (TimeoutException) when (attempt < 5)
            {
                Interlocked.Increment(ref s_retries);
            }
        }
    }

    private static void Progress(string line) => Console.Error.WriteLine($"  national {DateTime.UtcNow:HH:mm:ss} {line}");

    private static async Task<Stage> MeasureAsync(IGrainFactory grains)
    {
        var statistics = await grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        var byClass = statistics.GroupBy(s => s.GrainType).ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount));
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var managed = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
        using var self = Process.GetCurrentProcess();
        var workingSet = self.WorkingSet64 / 1048576.0;
        // The same live objects once the collector has handed its free memory back to the system (an aggressive
        // collection decommits what a forced one keeps for later allocations): what the process needs, not what it holds.
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        self.Refresh();
        return new Stage(managed, workingSet, self.WorkingSet64 / 1048576.0, byClass.Values.Sum(), byClass);
    }

    /// <summary>Waits until the collector has deactivated the idle cases and persons (or three minutes), then measures.</summary>
    private static async Task<Stage> AfterLeafCollectionAsync(IGrainFactory grains)
    {
        var deadline = DateTime.UtcNow + LeafIdleAge + TimeSpan.FromMinutes(3);
        while (true)
        {
            var statistics = await grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
            var leaves = statistics.Where(s => s.GrainType.Split(',')[0] is "AntiTrafficking.Grains.Enforcement.CaseGrain" or "AntiTrafficking.Grains.Victims.VictimGrain")
                .Sum(s => s.ActivationCount);
            if (leaves == 0 || DateTime.UtcNow > deadline)
            {
                return await MeasureAsync(grains);
            }

            await Task.Delay(TimeSpan.FromSeconds(5));
        }
    }

    /// <summary>Writes a heap snapshot of this process with <c>dotnet-gcdump</c> and its report by type beside it.</summary>
    private static async Task GcDumpAsync(string path)
    {
        foreach (var arguments in new[] { $"collect -p {Environment.ProcessId} -o {path}", $"report {path}" })
        {
            var info = new ProcessStartInfo("dotnet-gcdump", arguments) { RedirectStandardOutput = true };
            using var tool = Process.Start(info)!;
            var output = await tool.StandardOutput.ReadToEndAsync();
            await tool.WaitForExitAsync();
            if (arguments.StartsWith("report", StringComparison.Ordinal))
            {
                await File.WriteAllTextAsync(path + ".txt", output);
            }
        }

        Progress($"heap snapshot {path}, by type in {path}.txt");
    }

    /// <summary>The 63 provinces' totals for 2014 add up to every case opened and every person received.</summary>
    private static async Task<bool> TotalsCorrectAsync(IGrainFactory grains, int cases, int persons)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            long opened = 0, received = 0;
            foreach (var p in Enumerable.Range(0, Provinces))
            {
                var scorecard = await grains.GetGrain<IProvinceGrain>(ProvinceCode(p)).GetScorecardAsync("2014");
                opened += scorecard.Outputs.Where(o => o.Code == "OUT-06").Sum(o => o.Value);
                received += scorecard.Indicators.Single(i => i.Code == "IND-12").Denominator;
            }

            if (opened == cases && received == persons)
            {
                return true;
            }

            if (DateTime.UtcNow > deadline)
            {
                Console.Error.WriteLine($"national totals: {opened} cases opened of {cases}, {received} persons received of {persons}");
                return false;
            }

            await Task.Delay(500);
        }
    }

    private static string ProvinceCode(int index) => (index + 1).ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>63 province folders with the template's program and agencies, and generated administrative units.</summary>
    private static string[][] GenerateProvinces(string dataRoot, string template)
    {
        var result = new string[Provinces][];
        var district = 0;
        var commune = 0;
        for (var p = 0; p < Provinces; p++)
        {
            var code = ProvinceCode(p);
            var folder = Path.Combine(dataRoot, "provinces", code);
            Directory.CreateDirectory(folder);
            File.Copy(Path.Combine(template, "program-2011-2015.json"), Path.Combine(folder, "program-2011-2015.json"));
            File.Copy(Path.Combine(template, "agencies.json"), Path.Combine(folder, "agencies.json"));
            File.WriteAllText(Path.Combine(folder, "province.json"), JsonSerializer.Serialize(new
            {
                code,
                nameVi = $"Tỉnh mô phỏng {code}",
                nameEn = $"Synthetic province {code}",
                adminUnits = "admin-units.csv",
                agencies = "agencies.json",
                program = "program-2011-2015.json",
            }));
            var csv = new StringBuilder("district_code,district_name,district_type,commune_code,commune_name,commune_type,border_with_china,source\n");
            var communes = new List<string>();
            var districtsHere = Districts / Provinces + (p < Districts % Provinces ? 1 : 0);
            for (var d = 0; d < districtsHere; d++, district++)
            {
                var communesHere = Communes / Districts + (district < Communes % Districts ? 1 : 0);
                for (var c = 0; c < communesHere; c++, commune++)
                {
                    var communeCode = (commune + 1).ToString("D5", CultureInfo.InvariantCulture);
                    communes.Add(communeCode);
                    csv.Append(CultureInfo.InvariantCulture,
                        $"{district + 1:D3},Huyện {district + 1},district,{communeCode},Xã {commune + 1},commune,no,synthetic\n");
                }
            }

            File.WriteAllText(Path.Combine(folder, "admin-units.csv"), csv.ToString());
            result[p] = [.. communes];
        }

        return result;
    }
}
