namespace AntiTrafficking.Indicators.Tests.Support;

/// <summary>The repository's real 2011–2015 program file, loaded once.</summary>
internal static class RealProgram
{
    private static readonly Lazy<IndicatorProgram> _program = new(() => IndicatorProgram.Load(FilePath));

    public static IndicatorProgram Instance => _program.Value;

    public static string FilePath => Path.Combine(RepositoryRoot(), "data", "provinces", "22", "program-2011-2015.json");

    public static IndicatorResult Score(string code, ScopeLevel level, MeasureSet measures, Period period) =>
        Scorecard.Compute(Instance, level, measures, period).Single(result => result.Code == code);

    public static Fraction? Target(string code, Period period) => Instance.TargetFor(Instance.GetIndicator(code), period);

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AntiTrafficking.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains AntiTrafficking.sln.");
    }
}
