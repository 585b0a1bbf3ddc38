namespace AntiTrafficking.Bench;

/// <summary>How long and how big: <c>--quick</c> takes a couple of minutes, the full run about a quarter of an hour.</summary>
internal sealed record BenchOptions(
    bool Quick,
    string Root,
    string ResultsFolder,
    int[] Concurrencies,
    TimeSpan StepDuration,
    int FreshnessSamples,
    TimeSpan HttpDuration,
    int[] HistorySizes,
    int NationalLeaves)
{
    /// <summary>The parts to run (<c>--only 1,2,5</c>); all by default.</summary>
    public IReadOnlySet<int> Parts { get; init; } = new HashSet<int> { 1, 2, 3, 4, 5, 6, 7, 8, 9 };

    /// <summary>Writes a heap snapshot of the national simulation once loaded, with its report by type (<c>--gcdump</c>; needs the dotnet-gcdump tool).</summary>
    public bool GcDump { get; init; }

    /// <summary>
    /// Part 5's warm-up before its 64-caller step: <c>part2</c> (the default: one command per commune, then a step of 1
    /// and a step of 8 callers of the step's duration, as part 2's 64-caller step follows them) or <c>short</c>
    /// (<c>--history-warmup short</c>: one command per commune and 2 s of 8 callers, the warm-up before 2026-12-07,
    /// which left the silo's code half-compiled: bench/README, "Where the time goes").
    /// </summary>
    public string HistoryWarmUp { get; init; } = "part2";

    /// <summary>How many 64-caller steps part 5 runs one after the other on the same silo (<c>--history-steps 2</c>); the last is reported.</summary>
    public int HistorySteps { get; init; } = 1;

    /// <summary>With <c>--pg-stats</c>: pg_stat_statements loaded, and its top statements, pg_stat_bgwriter and pg_stat_wal of each part-5 step written to the logs.</summary>
    public bool PgStats { get; init; }

    /// <summary>Settings for part 5's silo processes (<c>--silo-env NAME=VALUE</c>, repeatable), e.g. a diagnostic port for a trace from the start.</summary>
    public IReadOnlyDictionary<string, string> SiloEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The folder of the silo the bench starts (<c>--silo DIR</c>). <c>bench/run.sh</c> passes the silo it published
    /// as the Dockerfile does (ReadyToRun, so the silo starts without compiling its code first); without it, the
    /// Release build in <c>src/Silo/bin</c>.
    /// </summary>
    public string SiloFolder { get; init; } = "";

    public bool Runs(int part) => Parts.Contains(part);

    public static BenchOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var root = ValueOf(args, "--root") ?? FindRoot();
        var results = ValueOf(args, "--results") ?? Path.Combine(root, "bench", "results");
        var parts = ValueOf(args, "--only") is { } only
            ? only.Split(',').Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet()
            : null;
        var options = quick
            ? new BenchOptions(true, root, results, [1, 8, 64, 256], TimeSpan.FromSeconds(4), 30, TimeSpan.FromSeconds(5), [100_000, 500_000], 60_000)
            : new BenchOptions(false, root, results, [1, 8, 64, 256], TimeSpan.FromSeconds(20), 200, TimeSpan.FromSeconds(20), [1_000_000, 5_000_000, 10_000_000], 1_000_000);
        options = options with
        {
            GcDump = args.Contains("--gcdump"),
            PgStats = args.Contains("--pg-stats"),
            HistoryWarmUp = ValueOf(args, "--history-warmup") ?? options.HistoryWarmUp,
            SiloFolder = ValueOf(args, "--silo") is { } silo ? Path.GetFullPath(silo, root) : Path.Combine(root, "src", "Silo", "bin", "Release", "net10.0"),
            HistorySteps = ValueOf(args, "--history-steps") is { } steps ? int.Parse(steps, System.Globalization.CultureInfo.InvariantCulture) : 1,
            SiloEnvironment = args.Select((a, i) => (a, i)).Where(x => x.a == "--silo-env" && x.i + 1 < args.Length)
                .Select(x => args[x.i + 1].Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1]),
        };
        if (ValueOf(args, "--history") is { } sizes)
        {
            // Events of history for part 5, e.g. --history 1000000,10000000.
            options = options with { HistorySizes = sizes.Split(',').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray() };
        }

        return parts is null ? options : options with { Parts = parts };
    }

    public static string? ValueOf(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AntiTrafficking.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository or pass --root <checkout>.");
    }
}
