namespace AntiTrafficking.Indicators;

/// <summary>A program file is malformed; the message names the field (e.g. "IND-03.numerator.window") and the problem.</summary>
public sealed class ProgramFormatException : FormatException
{
    /// <summary>A malformed program file.</summary>
    /// <param name="field">The path of the bad field, e.g. "IND-03.numerator.window".</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <param name="source">The file name, when known.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ProgramFormatException(string field, string problem, string? source = null, Exception? innerException = null)
        : base(source is null ? $"Invalid indicator program: {field}: {problem}" : $"Invalid indicator program {source}: {field}: {problem}", innerException)
    {
        Field = field;
        Problem = problem;
    }

    /// <summary>The path of the bad field, e.g. "IND-03.numerator.window".</summary>
    public string Field { get; }

    /// <summary>What is wrong with the field.</summary>
    public string Problem { get; }
}
