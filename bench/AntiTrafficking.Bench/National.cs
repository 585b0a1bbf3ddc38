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
using AntiTrafficking.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime;

namespace AntiTrafficking.Bench;

/// <summary>
/// Memory of a national-scale system: 63 synthetic provinces (about 700 districts and 10,600 communes, generated here
/// and never committed) and as many cases and received persons as asked, in a silo hosted by this process with
/// in-memory storage (so that its managed heap can be read after a full collection). Run as a child process of the
/// benchmark, so nothing else is in its heap.
/// </summary>
internal static class National
{
    public const int Provinces = 63;
    public const int Districts = 700;
    public const int Communes = 10_600;

    public sealed record Figures(
        int Provinces, int Districts, int Communes, int Cases, int Persons, double CommandsPerSecond,
        double ManagedHeapMiB, double GcHeapSizeMiB, double WorkingSetMiB, double PeakWorkingSetMiB, int Activations, bool TotalsCorrect);

    public static async Task<Figures> RunAsync(int leaves, string template)
    {
        var dataRoot = Path.Combine(Path.GetTempPath(), "atb-national-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var communesByProvince = GenerateProvinces(dataRoot, template);
            var builder = Host.CreateApplicationBuilder();
            builder.Logging.ClearProviders();
            builder.Configuration["Storage:InMemory"] = "true";
            builder.Services.AddAntiTraffickingGrains(dataRoot);
            builder.UseOrleans(silo =>
            {
                silo.Configure<ClusterOptions>(o => o.ClusterId = o.ServiceId = "bench-national");
                silo.UseLocalhostClustering(Postgres.FreePort(), Postgres.FreePort());
                silo.AddMemoryGrainStorage(StorageNames.Main, o => o.GrainStorageSerializer = new JsonGrainStorageSerializer());
                silo.UseInMemoryReminderService();
            });
            using var host = builder.Build();
            await host.StartAsync();
            var grains = host.Services.GetRequiredService<IGrainFactory>();

            var cases = leaves / 2;
            var persons = leaves - cases;
            var next = -1;
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
                    var result = n < cases
                        ? await grains.GetGrain<ICaseGrain>($"{province}:CA-{n}").OpenAsync(
                            new OpenCase($"open-{n}", new ActingParty("bench", "CA"), on, commune, 1 + (n % 3), (TraffickingForm)(n % 4), n % 2 == 0))
                        : await grains.GetGrain<IVictimGrain>($"{province}:P-{n}").ReceiveAsync(
                            new ReceivePerson($"receive-{n}", new ActingParty("bench", "CA"), on, (ReceptionPlace)(n % 4), (ReturnMode)(n % 3),
                                "CN", commune, (Sex)(n % 2), 1980 + (n % 30), new PersonalData($"Synthetic person {n}", $"{n:D12}"), n % 5 == 0));
                    if (result.Outcome != CommandOutcome.Accepted)
                    {
                        throw new InvalidOperationException($"Command {n} was not accepted: {result.Error?.Code} {result.Error?.MessageEn}");
                    }
                }
            }));
            var rate = leaves / stopwatch.Elapsed.TotalSeconds;
            var correct = await TotalsCorrectAsync(grains, cases, persons);
            // Idle activations are collected after Orleans' default 15 minutes: count what is in memory when measured.
            var activations = (await grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics()).Sum(s => s.ActivationCount);

            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            var managed = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
            var heapSize = GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0;
            using var self = Process.GetCurrentProcess();
            var figures = new Figures(
                Provinces, Districts, communesByProvince.Sum(c => c.Length), cases, persons, rate, managed, heapSize,
                self.WorkingSet64 / 1048576.0, self.PeakWorkingSet64 / 1048576.0, activations, correct);
            await host.StopAsync();
            return figures;
        }
        finally
        {
            Directory.Delete(dataRoot, recursive: true);
        }
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
