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
        options = options with { GcDump = args.Contains("--gcdump") };
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
