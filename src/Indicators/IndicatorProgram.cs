using AntiTrafficking.Indicators.Parsing;

namespace AntiTrafficking.Indicators;

/// <summary>
/// A program (e.g. the 2011–2015 plan of Decision 3087/QĐ-UBND) as read from its JSON file:
/// the indicator catalog, the targets and the outputs shown without targets.
/// A later program is a new file, not new code.
/// </summary>
public sealed class IndicatorProgram
{
    internal IndicatorProgram(
        string code,
        string decision,
        string titleVi,
        string titleEn,
        string provinceCode,
        DateOnly start,
        int firstYear,
        int lastYear,
        IReadOnlyList<IndicatorDefinition> indicators,
        IReadOnlyList<OutputDefinition> outputs,
        StepDeadlines deadlines)
    {
        Code = code;
        Decision = decision;
        TitleVi = titleVi;
        TitleEn = titleEn;
        ProvinceCode = provinceCode;
        Start = start;
        FirstYear = firstYear;
        LastYear = lastYear;
        Indicators = indicators;
        Outputs = outputs;
        Deadlines = deadlines;
    }

    /// <summary>The program code, e.g. "QN-3087-2011-2015".</summary>
    public string Code { get; }

    /// <summary>The approving decision, e.g. "3087/QĐ-UBND".</summary>
    public string Decision { get; }

    /// <summary>The Vietnamese title.</summary>
    public string TitleVi { get; }

    /// <summary>The English title.</summary>
    public string TitleEn { get; }

    /// <summary>The province's GSO code, e.g. "22".</summary>
    public string ProvinceCode { get; }

    /// <summary>The program start: the zero point of the target trajectories.</summary>
    public DateOnly Start { get; }

    /// <summary>The first year of the program.</summary>
    public int FirstYear { get; }

    /// <summary>The last year of the program.</summary>
    public int LastYear { get; }

    /// <summary>The indicators, in file order.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>The figures shown without targets, in file order.</summary>
    public IReadOnlyList<OutputDefinition> Outputs { get; }

    /// <summary>How long the open steps of tips, cases and received persons may take.</summary>
    public StepDeadlines Deadlines { get; }

    /// <summary>Reads a program file.</summary>
    /// <exception cref="ProgramFormatException">The file is malformed; the message names the file and the field.</exception>
    public static IndicatorProgram Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var json = File.ReadAllText(path);
        try
        {
            return ProgramParser.Parse(json);
        }
        catch (ProgramFormatException error)
        {
            throw new ProgramFormatException(error.Field, error.Problem, Path.GetFileName(path), error);
        }
    }

    /// <summary>Reads a program from its JSON text.</summary>
    /// <exception cref="ProgramFormatException">The text is malformed; the message names the field.</exception>
    public static IndicatorProgram Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ProgramParser.Parse(json);
    }

    /// <summary>The indicator with code <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">The program has no such indicator.</exception>
    public IndicatorDefinition GetIndicator(string code) =>
        Indicators.FirstOrDefault(indicator => indicator.Code == code)
        ?? throw new KeyNotFoundException($"Program {Code} has no indicator '{code}'.");

    /// <summary>The exact target percentage of <paramref name="indicator"/> for <paramref name="period"/>; null for a period that ends before the program starts.</summary>
    public Fraction? TargetFor(IndicatorDefinition indicator, Period period)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(period);
        return indicator.Target.At(period.End, Start);
    }
}
