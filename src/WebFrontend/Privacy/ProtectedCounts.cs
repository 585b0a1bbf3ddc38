using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.WebFrontend.Privacy;

/// <summary>
/// The communes of one district with every count protected column by column (<see cref="CountSuppression"/>): each
/// indicator's numerators, its denominators, and each output. A percentage or status computed from a hidden count is
/// hidden too, since it would give the count back.
/// </summary>
public sealed class ProtectedCounts
{
    private readonly Dictionary<(string Unit, string Column), CellState> _states = [];

    /// <summary>Protects the counts of <paramref name="communes"/> (the scorecards of all the communes of one district).</summary>
    /// <param name="communes">The scorecards of every commune of the district.</param>
    /// <param name="threshold">The smallest count shown as it is.</param>
    /// <param name="shownAsIs">Indicators counting places or documents, not people: shown as they are.</param>
    public ProtectedCounts(IReadOnlyList<ScorecardView> communes, int threshold, IReadOnlySet<string> shownAsIs)
    {
        Threshold = threshold;
        var columns = communes.SelectMany(c => c.Indicators.Where(i => !shownAsIs.Contains(i.Code)).SelectMany(i => new[] { Numerator(i.Code), Denominator(i.Code) })
            .Concat(c.Outputs.Select(o => Output(o.Code, o.Key)))).Distinct().ToList();
        foreach (var column in columns)
        {
            var values = communes.Select(c => ValueOf(c, column)).ToList();
            var (states, _) = CountSuppression.Protect(values, threshold);
            for (var i = 0; i < communes.Count; i++)
            {
                _states[(communes[i].UnitCode, column)] = states[i];
            }
        }
    }

    /// <summary>The smallest count shown as it is.</summary>
    public int Threshold { get; }

    /// <summary>The state of an indicator's numerator in a commune.</summary>
    public CellState NumeratorOf(string unit, string indicator) => StateOf(unit, Numerator(indicator));

    /// <summary>The state of an indicator's denominator in a commune.</summary>
    public CellState DenominatorOf(string unit, string indicator) => StateOf(unit, Denominator(indicator));

    /// <summary>The state of an output in a commune.</summary>
    public CellState OutputOf(string unit, OutputValue output) => StateOf(unit, Output(output.Code, output.Key));

    /// <summary>Whether the indicator's value and status in the commune must be hidden (one of its counts is).</summary>
    public bool HidesValue(string unit, string indicator) =>
        NumeratorOf(unit, indicator) != CellState.Shown || DenominatorOf(unit, indicator) != CellState.Shown;

    private CellState StateOf(string unit, string column) => _states.GetValueOrDefault((unit, column), CellState.Shown);

    private static string Numerator(string indicator) => indicator + "/n";

    private static string Denominator(string indicator) => indicator + "/d";

    private static string Output(string code, string? key) => $"{code}/{key}";

    private static long ValueOf(ScorecardView commune, string column)
    {
        foreach (var i in commune.Indicators)
        {
            if (column == Numerator(i.Code))
            {
                return i.Numerator;
            }

            if (column == Denominator(i.Code))
            {
                return i.Denominator;
            }
        }

        return commune.Outputs.FirstOrDefault(o => Output(o.Code, o.Key) == column)?.Value ?? 0;
    }
}
