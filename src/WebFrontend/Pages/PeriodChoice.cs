using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>The programs and periods a page offers (years, halves, quarters of the program) and the ones shown.</summary>
/// <param name="Periods">Periods offered, in order.</param>
/// <param name="Selected">The period shown.</param>
/// <param name="Error">Set when the requested period or program was not valid and the default was shown.</param>
/// <param name="Programs">Program code → title of every program file of the province.</param>
/// <param name="Program">The program shown (the one the province follows).</param>
public sealed record PeriodChoice(
    IReadOnlyList<string> Periods, string Selected, string? Error, IReadOnlyList<KeyValuePair<string, string>> Programs, string Program)
{
    /// <summary>Every year, half and quarter of the program.</summary>
    public static IReadOnlyList<string> Of(ProgramSummary program) =>
        Enumerable.Range(program.FirstYear, program.LastYear - program.FirstYear + 1)
            .SelectMany(y => new[] { $"{y}", $"{y}-H1", $"{y}-H2", $"{y}-Q1", $"{y}-Q2", $"{y}-Q3", $"{y}-Q4" })
            .ToList();
}
