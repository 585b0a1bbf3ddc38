using System.Diagnostics;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.Bench;

/// <summary>
/// Durable commands through the real silo: awareness surveys recorded in communes spread over the whole province.
/// Each is acknowledged only after the commune's state is written to PostgreSQL and its district has the snapshot.
/// </summary>
internal sealed class CommandBench(IGrainFactory grains, IReadOnlyList<string> communes, string runId)
{
    private static readonly ActingParty Officer = new("bench-officer", "TTTT");
    private long _sequence;

    /// <summary>The survey a sequence number stands for: a date within 2011–2015, 100–299 respondents.</summary>
    public RecordSurvey Survey(long n, int? year = null, int respondents = 0)
    {
        var conducted = year is { } y
            ? new DateOnly(y, 1 + (int)(n % 12), 1 + (int)(n % 28))
            : new DateOnly(2011, 1, 1).AddDays((int)(n % 1826));
        var r = respondents > 0 ? respondents : 100 + (int)(n % 200);
        return new RecordSurvey($"{runId}-{n}", Officer, $"{runId}-s{n}", conducted, r, r * 2 / 3);
    }

    public string CommuneOf(long n) => communes[(int)(n % communes.Count)];

    /// <summary>One command per commune, so that measurements do not include first activations.</summary>
    public async Task WarmUpAsync()
    {
        var workers = Enumerable.Range(0, 16).Select(async w =>
        {
            for (var i = w; i < communes.Count; i += 16)
            {
                var n = Interlocked.Increment(ref _sequence);
                Accepted(await grains.GetGrain<ICommuneGrain>(communes[i]).RecordSurveyAsync(Survey(n)));
            }
        });
        await Task.WhenAll(workers);
    }

    /// <summary>Closed loop: <paramref name="concurrency"/> callers, each sending its next command when the last is acknowledged.</summary>
    public async Task<(double PerSecond, double P50, double P99, int Count)> RunAsync(int concurrency, TimeSpan duration)
    {
        var latencies = new Latencies();
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var mine = latencies.ForWorker();
            while (stopwatch.Elapsed < duration)
            {
                var n = Interlocked.Increment(ref _sequence);
                var start = Stopwatch.GetTimestamp();
                var result = await grains.GetGrain<ICommuneGrain>(CommuneOf(n)).RecordSurveyAsync(Survey(n));
                mine.Add(Latencies.Since(start));
                Accepted(result);
            }
        });
        await Task.WhenAll(workers);
        var elapsed = stopwatch.Elapsed.TotalSeconds;
        return (latencies.Count / elapsed, latencies.Percentile(50), latencies.Percentile(99), latencies.Count);
    }

    /// <summary>
    /// Freshness: one command at a time; the time from its acknowledgement until the province scorecard (IND-03's
    /// denominator, the respondents of the year) includes it, read by polling the province grain, and until the web
    /// front end's hub pushes a watching browser the province's figures that hold it.
    /// </summary>
    public async Task<(List<double> Province, List<double> Browser)> FreshnessAsync(int samples, LiveWatcher? browser)
    {
        const int year = 2015;
        var province = grains.GetGrain<IProvinceGrain>("22");
        var toProvince = new List<double>();
        var toBrowser = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            var n = Interlocked.Increment(ref _sequence);
            var before = Respondents(await province.GetScorecardAsync($"{year}"));
            var survey = Survey(n, year, respondents: 50 + (i % 50));
            Accepted(await grains.GetGrain<ICommuneGrain>(CommuneOf(n)).RecordSurveyAsync(survey));
            var acknowledged = Stopwatch.GetTimestamp();
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (Respondents(await province.GetScorecardAsync($"{year}")) < before + survey.Respondents)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException("The province scorecard did not show an acknowledged command within 10 s.");
                }

                await Task.Delay(1);
            }

            toProvince.Add(Latencies.Since(acknowledged));
            if (browser is not null)
            {
                // The hub pushes the province's figures; the first push that holds the command.
                var seenAt = await browser.WaitForRespondentsAsync(before + survey.Respondents, TimeSpan.FromSeconds(10));
                toBrowser.Add(Stopwatch.GetElapsedTime(acknowledged, seenAt).TotalMilliseconds);
            }
        }

        return (toProvince, toBrowser);
    }

    public static long Respondents(ScorecardView scorecard) => scorecard.Indicators.Single(x => x.Code == "IND-03").Denominator;

    private static void Accepted(CommandResult result)
    {
        if (result.Outcome != CommandOutcome.Accepted)
        {
            throw new InvalidOperationException($"A benchmark command was not accepted: {result.Outcome} {result.Error?.Code} {result.Error?.MessageEn}");
        }
    }
}
